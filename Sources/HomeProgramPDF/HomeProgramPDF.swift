// HomeProgramPDF: the only module that touches libharu.
import CLibHaru
import HomeProgramKit

/// The version of libharu this build links against.
public enum LibHaru {
  /// libharu's own version string, e.g. "2.3.0".
  public static var version: String { HPDF_VERSION_TEXT }
}
