/** A call the handlers refuse (unknown method, wrong arguments); its message is meant for the user. */
export class BadRequestError extends Error {
  override readonly name = 'BadRequestError'
}
