import HomeProgramModel
import HomeProgramPlanner

/// The one HTML page: the profile form and the preview area. Rendered on the server from
/// `FormChoices` (so every option comes from the vocabulary), with no inline script or style:
/// the Content-Security-Policy allows only `/app.css` and `/app.js` from the same origin.
public struct FormPage: Sendable {
  public var choices: FormChoices
  /// Printed in the header; nil without a clinic file.
  public var clinicName: String?

  public init(choices: FormChoices, clinicName: String?) {
    self.choices = choices
    self.clinicName = clinicName
  }

  /// The page, with the date field set to `today` (YYYY-MM-DD).
  public func html(today: String) -> String {
    var page = """
      <!doctype html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Home-exercise handout — homeprogram</title>
      <link rel="stylesheet" href="/app.css">
      <script src="/app.js" defer></script>
      </head>
      <body>
      <a class="skip" href="#results">Skip to the preview</a>
      <header class="page-header">
      <h1>Home-exercise handout</h1>
      <p>\(HTML.escape(clinicName ?? "homeprogram")) · This page runs on this computer only and stores nothing: \
      close it and the patient is forgotten.</p>
      </header>
      <main class="layout">
      <form id="profile-form" novalidate>
      <div id="error-summary" class="error-summary" role="alert" tabindex="-1" hidden>
      <h2>Please check the form</h2><ul id="error-list"></ul>
      </div>

      """
    page += patientSection(today: today)
    page += assessmentSection()
    page += symptomsSection()
    page += groupsSection(
      legend: "Red flags", path: "red_flags", groups: choices.redFlagGroups,
      note: "Tick every flag the patient has. The wording under each is what the patient reads.")
    page += groupsSection(
      legend: "Conditions", path: "conditions", groups: choices.conditionGroups,
      note: "Contraindications and precautions. They are enforced, not just listed.")
    page += equipmentSection()
    page += overrideSection()
    page += catalogueSection()
    page += notesSection()
    page += actions()
    page += """
      </form>
      <section id="results" class="results" aria-labelledby="results-title" tabindex="-1">
      <h2 id="results-title">Preview</h2>
      <p id="status" class="status" role="status" aria-live="polite">Fill in the form, then choose Preview.</p>
      <div id="referral" class="referral" hidden>
      <h3 id="referral-title">Referral</h3>
      <p id="referral-text"></p>
      <ul id="referral-flags"></ul>
      </div>
      <div id="plan" hidden>
      <h3>Plan at a glance</h3>
      <dl id="plan-summary" class="summary"></dl>
      <div id="plan-items-block">
      <h3>Exercises</h3>
      <p class="note" id="plan-items-hint">Change a dose or write a note for a card, or move an exercise up or down: the preview and the PDF follow, and Download profile keeps your changes (<code>adjust</code>).</p>
      <p class="error" id="e-adjust" data-error-for="adjust" hidden></p>
      <ol id="plan-items" class="items"></ol>
      <p><button type="button" id="undo-adjust" hidden>Undo my changes to the exercises</button></p>
      </div>
      <h3>Massage gun</h3>
      <p id="plan-gun"></p>
      <ul id="plan-gun-zones"></ul>
      <div id="plan-warnings-block" hidden>
      <h3>Warnings</h3>
      <ul id="plan-warnings" class="warnings"></ul>
      </div>
      <h3>Why: the planner's decisions</h3>
      <ol id="plan-decisions" class="decisions"></ol>
      </div>
      <div id="preview" hidden>
      <h3>Handout text</h3>
      <pre id="preview-text" class="preview-text" tabindex="0"></pre>
      </div>
      </section>
      </main>
      <footer class="page-footer"><p>homeprogram · the plan, the PDF and the preview come from the same \
      engine as <code>homeprogram generate</code>. Nothing is saved on this computer.</p></footer>
      </body>
      </html>

      """
    return page
  }

  // MARK: Sections

  private func patientSection(today: String) -> String {
    """
    <fieldset class="section">
    <legend>Patient</legend>
    \(textField("patient.name", "Name", hint: "Printed on the handout.", autocomplete: "off"))
    \(textField("patient.reference", "Reference (MRN)", hint: "Optional. Names the downloaded files."))
    \(textField("patient.age", "Age in years", hint: "Optional. Under 16: no program.", numeric: true))
    \(textField("date", "Handout date", hint: "Printed on the handout.", type: "date", value: today))
    \(textField("therapist", "Therapist", hint: "Optional. Replaces the clinic's default therapist."))
    \(select("language", "Handout language", Language.allCases.map { ($0.rawValue, $0.formLabel) }, selected: Language.en.rawValue))
    </fieldset>

    """
  }

  private func assessmentSection() -> String {
    """
    <fieldset class="section">
    <legend>Leg and cause</legend>
    \(radioGroup("side", "Leg with symptoms", Side.allCases.map { ($0.rawValue, $0.formLabel) }))
    \(radioGroup("cause", "Cause", Cause.allCases.map { ($0.rawValue, $0.formLabel) }))
    </fieldset>

    """
  }

  private func symptomsSection() -> String {
    """
    <fieldset class="section">
    <legend>Symptoms</legend>
    \(textField("symptoms.pain_now", "Pain now (0–10)", numeric: true))
    \(textField("symptoms.pain_worst_24h", "Worst pain in the last 24 hours (0–10)", numeric: true))
    \(select("symptoms.settle_time", "Settles after aggravation in", SettleTime.allCases.map { ($0.rawValue, $0.formLabel) }, selected: nil))
    \(select("symptoms.night_pain", "Night pain", NightPain.allCases.map { ($0.rawValue, $0.formLabel) }, selected: NightPain.none.rawValue))
    \(textField("symptoms.duration_weeks", "Duration in weeks (0–520)", numeric: true))
    \(radioGroup("symptoms.below_knee", "Symptoms below the knee", [("true", "Yes"), ("false", "No")]))
    \(select("symptoms.peripheralises", "Symptoms spread down the leg", Peripheralisation.allCases.map { ($0.rawValue, $0.formLabel) }, selected: Peripheralisation.none.rawValue))
    \(select("symptoms.direction", "Direction that eases symptoms", EasingDirection.allCases.map { ($0.rawValue, $0.formLabel) }, selected: EasingDirection.untested.rawValue))
    \(select("symptoms.neuro", "Neurological signs", NeuroStatus.allCases.map { ($0.rawValue, $0.formLabel) }, selected: NeuroStatus.none.rawValue))
    </fieldset>

    """
  }

  private func groupsSection(legend: String, path: String, groups: [FormChoices.Group], note: String)
    -> String
  {
    var html = """
      <fieldset class="section" data-field="\(path)" aria-describedby="\(errorID(path))">
      <legend>\(HTML.escape(legend))</legend>
      <p class="note">\(HTML.escape(note))</p>

      """
    for group in groups {
      let groupID = HTML.id(path, group.key)
      html += """
        <fieldset class="group group-\(HTML.escape(group.key))" aria-describedby="\(groupID)-hint">
        <legend>\(HTML.escape(group.title))</legend>
        <p class="hint" id="\(groupID)-hint">\(HTML.escape(group.hint))</p>
        <div class="checks">

        """
      for choice in group.choices { html += checkbox(path, choice) }
      html += "</div>\n</fieldset>\n"
    }
    html += errorSlot(path) + "</fieldset>\n\n"
    return html
  }

  private func equipmentSection() -> String {
    var html = """
      <fieldset class="section" data-field="equipment" aria-describedby="\(errorID("equipment"))">
      <legend>Equipment at home</legend>
      <div class="checks">

      """
    for item in Equipment.allCases {
      html += checkbox("equipment", .init(id: item.rawValue, label: item.formLabel, hint: nil))
    }
    html += """
      </div>
      \(errorSlot("equipment"))
      <div class="field check" data-field="cleared_for_massage_gun">
      <input type="checkbox" id="\(HTML.id("cleared_for_massage_gun"))" name="cleared_for_massage_gun" \
      value="true" aria-describedby="\(HTML.id("cleared_for_massage_gun"))-hint \(errorID("cleared_for_massage_gun"))">
      <label for="\(HTML.id("cleared_for_massage_gun"))">Cleared for massage gun</label>
      <p class="hint" id="\(HTML.id("cleared_for_massage_gun"))-hint">A clinician reviewed the \
      “only if cleared” conditions above and allows the gun (lowest speed, shortest time).</p>
      \(errorSlot("cleared_for_massage_gun"))
      </div>
      </fieldset>

      """
    return html
  }

  private func overrideSection() -> String {
    let levels = [("", "No override (computed)")] + Irritability.allCases.map { ($0.rawValue, $0.formLabel) }
    return """
      <fieldset class="section" data-field="irritability_override">
      <legend>Irritability override</legend>
      <p class="note">Your own judgement always wins; the reason is printed in the plan.</p>
      \(select("irritability_override.level", "Irritability", levels, selected: ""))
      \(textArea("irritability_override.reason", "Reason for the override", rows: 2))
      \(errorSlot("irritability_override"))
      </fieldset>

      """
  }

  private func catalogueSection() -> String {
    var html = """
      <fieldset class="section" data-field="catalogue">
      <legend>Exercises from the catalogue</legend>
      <p class="note">Optional. Left-out exercises get a safe substitute; added ones still pass every safety rule.</p>

      """
    for (key, title) in [("exclude", "Leave out (exclude)"), ("include", "Add (include)")] {
      html += """
        <details class="picker">
        <summary>\(title)</summary>
        <fieldset class="group" data-field="\(key)" aria-describedby="\(errorID(key))">
        <legend>\(title)</legend>
        <div class="checks">

        """
      for exercise in choices.exercises {
        html += checkbox(
          key,
          .init(id: exercise.id, label: "\(exercise.label) (\(exercise.id))", hint: exercise.hint))
      }
      html += "</div>\n\(errorSlot(key))</fieldset>\n</details>\n"
    }
    return html + "</fieldset>\n\n"
  }

  private func notesSection() -> String {
    """
    <fieldset class="section">
    <legend>Notes</legend>
    \(textArea("notes", "From your therapist (printed in a box on the handout)", rows: 3))
    </fieldset>

    """
  }

  private func actions() -> String {
    """
    <div class="actions">
    <div class="field check">
    <input type="checkbox" id="opt-large-print" name="large_print">
    <label for="opt-large-print">Large print PDF</label>
    </div>
    <div class="field check">
    <input type="checkbox" id="opt-booklet" name="booklet">
    <label for="opt-booklet">Full booklet (long education, positions, 6-week log) instead of the short handout</label>
    </div>
    <div class="buttons">
    <button type="submit" id="preview-button" class="primary">Preview</button>
    <button type="button" id="pdf-button">Download PDF</button>
    <button type="button" id="yaml-button">Download profile</button>
    <label class="button" for="load-input">Load profile…</label>
    <input type="file" id="load-input" class="visually-hidden" accept=".yaml,.yml,.json,application/json,text/yaml">
    </div>
    </div>

    """
  }

  // MARK: Controls

  private func errorID(_ path: String) -> String { "e" + HTML.id(path).dropFirst() }

  private func errorSlot(_ path: String) -> String {
    "<p class=\"error\" id=\"\(errorID(path))\" data-error-for=\"\(path)\" hidden></p>"
  }

  private func textField(
    _ path: String, _ label: String, hint: String? = nil, numeric: Bool = false, type: String = "text",
    value: String? = nil, autocomplete: String = "off"
  ) -> String {
    let id = HTML.id(path)
    let hintID = "\(id)-hint"
    let described = (hint == nil ? "" : "\(hintID) ") + errorID(path)
    var attributes = "type=\"\(type)\" id=\"\(id)\" name=\"\(path)\""
    // axe-core (autocomplete-valid) refuses autocomplete="off" on a date input.
    if type != "date" { attributes += " autocomplete=\"\(autocomplete)\"" }
    if numeric { attributes += " inputmode=\"numeric\" class=\"short\"" }
    if let value { attributes += " value=\"\(HTML.escape(value))\"" }
    return """
      <div class="field" data-field="\(path)">
      <label for="\(id)">\(HTML.escape(label))</label>
      \(hint.map { "<p class=\"hint\" id=\"\(hintID)\">\(HTML.escape($0))</p>" } ?? "")
      <input \(attributes) aria-describedby="\(described)">
      \(errorSlot(path))
      </div>
      """
  }

  private func textArea(_ path: String, _ label: String, rows: Int) -> String {
    let id = HTML.id(path)
    return """
      <div class="field" data-field="\(path)">
      <label for="\(id)">\(HTML.escape(label))</label>
      <textarea id="\(id)" name="\(path)" rows="\(rows)" aria-describedby="\(errorID(path))"></textarea>
      \(errorSlot(path))
      </div>
      """
  }

  private func select(_ path: String, _ label: String, _ options: [(String, String)], selected: String?)
    -> String
  {
    let id = HTML.id(path)
    var html = """
      <div class="field" data-field="\(path)">
      <label for="\(id)">\(HTML.escape(label))</label>
      <select id="\(id)" name="\(path)" aria-describedby="\(errorID(path))">

      """
    if selected == nil { html += "<option value=\"\" selected>Choose…</option>\n" }
    for (value, text) in options {
      let mark = value == selected ? " selected" : ""
      html += "<option value=\"\(HTML.escape(value))\"\(mark)>\(HTML.escape(text))</option>\n"
    }
    return html + "</select>\n\(errorSlot(path))\n</div>"
  }

  private func radioGroup(_ path: String, _ legend: String, _ options: [(String, String)]) -> String {
    var html = """
      <fieldset class="radios" data-field="\(path)" aria-describedby="\(errorID(path))">
      <legend>\(HTML.escape(legend))</legend>

      """
    for (value, text) in options {
      let id = HTML.id(path, value)
      html += """
        <span class="radio"><input type="radio" id="\(id)" name="\(path)" value="\(HTML.escape(value))">\
        <label for="\(id)">\(HTML.escape(text))</label></span>

        """
    }
    return html + errorSlot(path) + "\n</fieldset>"
  }

  private func checkbox(_ path: String, _ choice: FormChoices.Choice) -> String {
    let id = HTML.id(path, choice.id)
    let hint = choice.hint.map { "<span class=\"hint\" id=\"\(id)-hint\">\(HTML.escape($0))</span>" } ?? ""
    let described = choice.hint == nil ? "" : " aria-describedby=\"\(id)-hint\""
    return """
      <div class="check"><input type="checkbox" id="\(id)" name="\(path)" value="\(HTML.escape(choice.id))"\(described)>\
      <label for="\(id)">\(HTML.escape(choice.label))</label>\(hint)</div>

      """
  }
}
