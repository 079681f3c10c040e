import * as v from 'valibot'
import { isAppApiMethod, type AppApi } from '../../shared/models/app-api'
import { appApiArgs } from './app-api-schemas'
import { BadRequestError } from './bad-request'

/**
 * Calls `method` on `api` with `args` as received from a transport (IPC or HTTP), after checking the method
 * name and validating the arguments against the method's schema. Always returns a promise; refusals reject
 * with a BadRequestError.
 */
export async function invokeAppApi(api: AppApi, method: unknown, args: unknown): Promise<unknown> {
  if (!isAppApiMethod(method)) throw new BadRequestError(`Unknown method ${JSON.stringify(String(method)).slice(0, 80)}.`)
  if (!Array.isArray(args)) throw new BadRequestError(`The arguments of ${method} must be a list.`)
  const schema = appApiArgs[method]
  const arity = schema.items.length
  if (args.length !== arity) {
    throw new BadRequestError(`${method} takes ${arity} argument${arity === 1 ? '' : 's'}, not ${args.length}.`)
  }
  const parsed = v.safeParse(schema, args)
  if (!parsed.success) throw new BadRequestError(parsed.issues[0].message)
  const fn = api[method] as (...a: unknown[]) => Promise<unknown>
  return fn.apply(api, parsed.output)
}
