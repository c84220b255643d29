import Foundation
import Hummingbird

/// Logs one line per request: method, path (never the query or the body), status and duration.
/// Patient data never reaches the log.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
  let sink: @Sendable (String) -> Void

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
    async throws -> Response
  {
    let start = ContinuousClock.now
    do {
      let response = try await next(request, context)
      log(request, status: Int(response.status.code), since: start)
      return response
    } catch {
      let status = (error as? HTTPResponseError).map { Int($0.status.code) } ?? 500
      log(request, status: status, since: start)
      throw error
    }
  }

  private func log(_ request: Request, status: Int, since start: ContinuousClock.Instant) {
    let elapsed = ContinuousClock.now - start
    let milliseconds =
      Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
    sink(
      Self.line(
        method: request.method.rawValue, path: request.uri.path, status: status, milliseconds: milliseconds))
  }

  /// `POST /api/plan 200 12.3ms`; the path is cut at 200 characters.
  static func line(method: String, path: String, status: Int, milliseconds: Double) -> String {
    let shownPath = path.count > 200 ? String(path.prefix(200)) + "…" : path
    return "\(method) \(shownPath) \(status) \(String(format: "%.1f", milliseconds))ms"
  }
}
