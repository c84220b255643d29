import Foundation
import Hummingbird
import Logging

/// The HTTP side of the therapist's web page: routes, limits and headers over a `WebService`.
///
/// Routes: `GET /` (the form), `GET /app.css`, `GET /app.js`, `GET /api/catalogue`,
/// `POST /api/plan`, `POST /api/preview`, `POST /api/handout`, `POST /api/profile/yaml`,
/// `POST /api/profile/normalize`. Errors are `{"error": {"path", "message"}}` with 400, 413 or 415.
public enum WebServer {
  /// Largest request body accepted, in bytes.
  public static let bodyLimit = 256 * 1024

  /// The router with every route and middleware; `log` receives one line per request
  /// (method, path, status, duration). `allowedHosts` limits the `Host` header; nil allows any.
  public static func router(
    service: WebService, allowedHosts: Set<String>? = nil,
    log: @escaping @Sendable (String) -> Void = { _ in }
  ) -> Router<BasicRequestContext> {
    let router = Router()
    router.add(middleware: AccessLogMiddleware(sink: log))
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: HostGuardMiddleware(allowedHosts: allowedHosts))

    router.get("/") { _, _ in
      WebResponses.text(service.formHTML(), contentType: "text/html; charset=utf-8")
    }
    router.get("/app.css") { _, _ in
      WebResponses.text(service.assets.styleSheet, contentType: "text/css; charset=utf-8")
    }
    router.get("/app.js") { _, _ in
      WebResponses.text(service.assets.script, contentType: "text/javascript; charset=utf-8")
    }
    router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
    router.get("/api/catalogue") { _, _ in
      await answer { try WebResponses.json(service.catalogueJSON()) }
    }
    router.post("/api/plan") { request, _ in
      await answer {
        let body = try await BodyReader.text(of: request, accepts: .json, limit: bodyLimit)
        return WebResponses.json(try service.plan(json: body))
      }
    }
    router.post("/api/preview") { request, _ in
      await answer {
        let width = try intParameter(request, "width") ?? 80
        let body = try await BodyReader.text(of: request, accepts: .json, limit: bodyLimit)
        return WebResponses.text(
          try service.preview(json: body, width: width), contentType: "text/plain; charset=utf-8")
      }
    }
    router.post("/api/handout") { request, _ in
      await answer {
        let largePrint = try boolParameter(request, "large_print") ?? false
        let booklet = try boolParameter(request, "booklet")
        let body = try await BodyReader.text(of: request, accepts: .json, limit: bodyLimit)
        return WebResponses.download(
          try service.handout(
            json: body, largePrint: largePrint, form: booklet.map { $0 ? .booklet : .short }))
      }
    }
    router.post("/api/profile/yaml") { request, _ in
      await answer {
        let body = try await BodyReader.text(of: request, accepts: .json, limit: bodyLimit)
        return WebResponses.download(try service.profileYAML(json: body))
      }
    }
    router.post("/api/profile/normalize") { request, _ in
      await answer {
        let body = try await BodyReader.text(of: request, accepts: .jsonOrYAML, limit: bodyLimit)
        return WebResponses.json(try service.normalize(text: body))
      }
    }
    return router
  }

  /// The application listening on `host:port` (port 0 picks a free one); `onRunning` receives the
  /// port actually bound. Only warnings from the framework are logged, to standard error.
  public static func application(
    service: WebService, host: String, port: Int, log: @escaping @Sendable (String) -> Void,
    onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
  ) -> some ApplicationProtocol {
    var logger = Logger(label: "homeprogram-serve")
    logger.logLevel = .warning
    return Application(
      router: router(service: service, allowedHosts: isLoopback(host) ? loopbackNames : nil, log: log),
      configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
      onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
      logger: logger)
  }

  /// Host names that mean this computer.
  public static let loopbackNames: Set<String> = ["127.0.0.1", "localhost", "::1"]

  /// True for `127.0.0.0/8`, `::1` and `localhost`: addresses no other computer can reach.
  public static func isLoopback(_ host: String) -> Bool {
    let lower = host.lowercased()
    return loopbackNames.contains(lower) || lower.hasPrefix("127.")
  }

  // MARK: Helpers

  /// Runs a handler, turning an `APIError` into its JSON response.
  static func answer(_ body: () async throws -> Response) async -> Response {
    do {
      return try await body()
    } catch let error as APIError {
      return WebResponses.error(error)
    } catch {
      return WebResponses.error(APIError(status: 500, message: "internal error."))
    }
  }

  static func intParameter(_ request: Request, _ name: String) throws(APIError) -> Int? {
    guard let text = request.uri.queryParameters[Substring(name)] else { return nil }
    guard let value = Int(text) else {
      throw APIError(status: 400, path: name, message: "\(name): '\(text)' is not a whole number.")
    }
    return value
  }

  static func boolParameter(_ request: Request, _ name: String) throws(APIError) -> Bool? {
    guard let text = request.uri.queryParameters[Substring(name)] else { return nil }
    switch text.lowercased() {
    case "true", "1", "yes": return true
    case "false", "0", "no": return false
    default:
      throw APIError(
        status: 400, path: name, message: "\(name): '\(text)' is not allowed; allowed values: true, false.")
    }
  }
}
