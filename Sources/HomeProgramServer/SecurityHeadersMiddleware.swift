import HTTPTypes
import Hummingbird

/// Sets the page's security headers on every response and turns any error that escapes a handler
/// (unknown path, wrong method) into the API's JSON error shape, so nothing leaves without them.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
  /// Only same-origin CSS and JS, no plug-ins, no framing, no base or foreign form targets.
  static var contentSecurityPolicy: String {
    "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; "
      + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
  }

  /// Every header this middleware sets. The names are valid constants, so none is dropped.
  static var headers: [(HTTPField.Name, String)] {
    let pairs: [(HTTPField.Name?, String)] = [
      (.contentSecurityPolicy, contentSecurityPolicy),
      (.xContentTypeOptions, "nosniff"),
      (HTTPField.Name("Referrer-Policy"), "no-referrer"),
      (.cacheControl, "no-store"),
      (HTTPField.Name("X-Frame-Options"), "DENY"),
      (.crossOriginResourcePolicy, "same-origin"),
    ]
    return pairs.compactMap { name, value in name.map { ($0, value) } }
  }

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
    async throws -> Response
  {
    var response: Response
    do {
      response = try await next(request, context)
    } catch let error as HTTPResponseError {
      let status = Int(error.status.code)
      let message =
        status == 404
        ? "no such page: \(request.method.rawValue) \(request.uri.path)"
        : "the request was refused (\(status) \(error.status.reasonPhrase))."
      response = WebResponses.error(APIError(status: status, message: message))
    } catch {
      response = WebResponses.error(APIError(status: 500, message: "internal error."))
    }
    for (name, value) in Self.headers { response.headers[name] = value }
    return response
  }
}
