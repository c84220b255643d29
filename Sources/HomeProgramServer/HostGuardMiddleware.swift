import HTTPTypes
import Hummingbird

/// Refuses requests whose `Host` header is not this computer when the server listens on loopback,
/// so a web page elsewhere cannot reach the server through DNS rebinding.
struct HostGuardMiddleware<Context: RequestContext>: RouterMiddleware {
  /// Host names (without port) accepted; nil accepts any.
  let allowedHosts: Set<String>?

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
    async throws -> Response
  {
    if let allowedHosts {
      let named = [request.head.authority, HTTPField.Name("Host").flatMap { request.headers[$0] }].compactMap
      { $0 }
      guard named.allSatisfy({ allowedHosts.contains(Self.hostName($0)) }) else {
        return WebResponses.error(
          APIError(status: 403, message: "this server only answers requests addressed to this computer."))
      }
    }
    return try await next(request, context)
  }

  /// `127.0.0.1:8080` → `127.0.0.1`; `[::1]:8080` → `::1`; `LocalHost` → `localhost`.
  static func hostName(_ authority: String) -> String {
    let lower = authority.lowercased()
    if lower.hasPrefix("["), let end = lower.firstIndex(of: "]") {
      return String(lower[lower.index(after: lower.startIndex)..<end])
    }
    if let colon = lower.lastIndex(of: ":") { return String(lower[..<colon]) }
    return lower
  }
}
