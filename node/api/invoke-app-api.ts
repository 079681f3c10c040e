import { appApiArity, isAppApiMethod, type AppApi } from '../../shared/models/app-api'
import { BadRequestError } from './bad-request'

/**
 * Calls `method` on `api` with `args` as received from a transport (IPC or HTTP), after checking the method
 * name and the number of arguments. The handlers check the arguments' values. Always returns a promise;
 * refusals reject with a BadRequestError.
 */
export async function invokeAppApi(api: AppApi, method: unknown, args: unknown): Promise<unknown> {
  if (!isAppApiMethod(method)) throw new BadRequestError(`Unknown method ${JSON.stringify(String(method)).slice(0, 80)}.`)
  if (!Array.isArray(args)) throw new BadRequestError(`The arguments of ${method} must be a list.`)
  const arity: number = appApiArity[method]
  if (args.length !== arity) {
    throw new BadRequestError(`${method} takes ${arity} argument${arity === 1 ? '' : 's'}, not ${args.length}.`)
  }
  const fn = api[method] as (...a: unknown[]) => Promise<unknown>
  return fn.apply(api, args)
}
