// homeprogram web page: collects the form into a profile (the contract's JSON), asks the local
// server for the plan, the text preview, the PDF and the YAML, and shows errors by their key path.
// No inline handlers (the Content-Security-Policy forbids them) and no innerHTML: text only.
"use strict";

(function () {
  const form = document.getElementById("profile-form");
  if (!form) { return; }
  const $ = (id) => document.getElementById(id);

  // ---- The therapist's changes to the plan (the profile's `adjust`) ---------------------------

  // id → {sets, reps, …, order, note}: only what differs from the planner, as the profile keeps it.
  let adjust = {};
  // The items of the plan on show, in order (the preview's list).
  let shownItems = [];

  const doseFields = [
    ["sets", "Sets"], ["reps", "Reps"], ["hold_seconds", "Hold (seconds)"], ["seconds", "Seconds"],
    ["minutes", "Minutes"], ["times_per_day", "Times a day"], ["days_per_week", "Days a week"],
  ];

  function hasAdjust() { return Object.keys(adjust).length > 0; }

  function setAdjust(id, key, value) {
    const entry = Object.assign({}, adjust[id]);
    if (value === undefined) { delete entry[key]; } else { entry[key] = value; }
    if (Object.keys(entry).length === 0) { delete adjust[id]; } else { adjust[id] = entry; }
  }

  // ---- Form → profile -------------------------------------------------------------------------

  function field(name) { return form.elements.namedItem(name); }

  function textValue(name) {
    const element = field(name);
    if (!element) { return undefined; }
    const value = element.value;
    return value.trim() === "" ? undefined : value;
  }

  // Whole numbers go as numbers; anything else goes as typed, so the server's reader names it.
  function numberValue(name) {
    const value = textValue(name);
    if (value === undefined) { return undefined; }
    return /^\s*-?\d+\s*$/.test(value) ? Number(value.trim()) : value;
  }

  function radioValue(name) {
    const checked = form.querySelector("input[type=radio][name='" + name + "']:checked");
    return checked ? checked.value : undefined;
  }

  function checkedValues(name) {
    return Array.from(form.querySelectorAll("input[type=checkbox][name='" + name + "']:checked"))
      .map((box) => box.value);
  }

  function setIfDefined(object, key, value) {
    if (value !== undefined) { object[key] = value; }
  }

  function collectProfile() {
    const profile = { schema: 1 };
    const patient = {};
    setIfDefined(patient, "name", textValue("patient.name"));
    setIfDefined(patient, "reference", textValue("patient.reference"));
    setIfDefined(patient, "age", numberValue("patient.age"));
    profile.patient = patient;
    setIfDefined(profile, "date", textValue("date"));
    setIfDefined(profile, "therapist", textValue("therapist"));
    // The handout's language: sent only when not English, the default (so an English profile's
    // download stays as it was).
    const language = textValue("language");
    if (language && language !== "en") { profile.language = language; }
    setIfDefined(profile, "side", radioValue("side"));
    setIfDefined(profile, "cause", radioValue("cause"));
    const symptoms = {};
    setIfDefined(symptoms, "pain_now", numberValue("symptoms.pain_now"));
    setIfDefined(symptoms, "pain_worst_24h", numberValue("symptoms.pain_worst_24h"));
    setIfDefined(symptoms, "settle_time", textValue("symptoms.settle_time"));
    setIfDefined(symptoms, "night_pain", textValue("symptoms.night_pain"));
    setIfDefined(symptoms, "duration_weeks", numberValue("symptoms.duration_weeks"));
    const belowKnee = radioValue("symptoms.below_knee");
    if (belowKnee !== undefined) { symptoms.below_knee = belowKnee === "true"; }
    setIfDefined(symptoms, "peripheralises", textValue("symptoms.peripheralises"));
    setIfDefined(symptoms, "direction", textValue("symptoms.direction"));
    setIfDefined(symptoms, "neuro", textValue("symptoms.neuro"));
    profile.symptoms = symptoms;
    profile.red_flags = checkedValues("red_flags");
    profile.conditions = checkedValues("conditions");
    profile.equipment = checkedValues("equipment");
    profile.cleared_for_massage_gun = field("cleared_for_massage_gun").checked;
    const level = textValue("irritability_override.level");
    const reason = textValue("irritability_override.reason");
    if (level !== undefined || reason !== undefined) {
      const override = {};
      setIfDefined(override, "level", level);
      setIfDefined(override, "reason", reason);
      profile.irritability_override = override;
    }
    profile.exclude = checkedValues("exclude");
    profile.include = checkedValues("include");
    setIfDefined(profile, "notes", textValue("notes"));
    if (hasAdjust()) { profile.adjust = JSON.parse(JSON.stringify(adjust)); }
    return profile;
  }

  // ---- Profile → form (Load profile) ----------------------------------------------------------

  function setText(name, value) {
    const element = field(name);
    if (element) { element.value = value === undefined || value === null ? "" : String(value); }
  }

  function setRadio(name, value) {
    form.querySelectorAll("input[type=radio][name='" + name + "']").forEach((radio) => {
      radio.checked = value !== undefined && radio.value === String(value);
    });
  }

  function setChecks(name, values) {
    const wanted = new Set(values || []);
    form.querySelectorAll("input[type=checkbox][name='" + name + "']").forEach((box) => {
      box.checked = wanted.has(box.value);
    });
  }

  function fillForm(profile) {
    const patient = profile.patient || {};
    const symptoms = profile.symptoms || {};
    const override = profile.irritability_override || {};
    setText("patient.name", patient.name);
    setText("patient.reference", patient.reference);
    setText("patient.age", patient.age);
    setText("date", profile.date);
    setText("therapist", profile.therapist);
    setText("language", profile.language || "en");
    setRadio("side", profile.side);
    setRadio("cause", profile.cause);
    setText("symptoms.pain_now", symptoms.pain_now);
    setText("symptoms.pain_worst_24h", symptoms.pain_worst_24h);
    setText("symptoms.settle_time", symptoms.settle_time);
    setText("symptoms.night_pain", symptoms.night_pain);
    setText("symptoms.duration_weeks", symptoms.duration_weeks);
    setRadio("symptoms.below_knee", symptoms.below_knee);
    setText("symptoms.peripheralises", symptoms.peripheralises);
    setText("symptoms.direction", symptoms.direction);
    setText("symptoms.neuro", symptoms.neuro);
    setChecks("red_flags", profile.red_flags);
    setChecks("conditions", profile.conditions);
    setChecks("equipment", profile.equipment);
    field("cleared_for_massage_gun").checked = profile.cleared_for_massage_gun === true;
    setText("irritability_override.level", override.level);
    setText("irritability_override.reason", override.reason);
    setChecks("exclude", profile.exclude);
    setChecks("include", profile.include);
    setText("notes", profile.notes);
    adjust = profile.adjust && typeof profile.adjust === "object" ? profile.adjust : {};
    form.querySelectorAll("details.picker").forEach((details) => {
      if (details.querySelector("input:checked")) { details.open = true; }
    });
  }

  // ---- Errors ---------------------------------------------------------------------------------

  function clearErrors() {
    document.querySelectorAll("[data-error-for]").forEach((slot) => {
      slot.textContent = "";
      slot.hidden = true;
    });
    document.querySelectorAll("[aria-invalid]").forEach((element) => element.removeAttribute("aria-invalid"));
    $("error-list").replaceChildren();
    $("error-summary").hidden = true;
  }

  // "red_flags[2]" → "red_flags"; "symptoms.pain_nwo" (unknown) → "symptoms" → the section;
  // "adjust.ST01.reps" → the reps field of that exercise in the preview.
  function slotFor(path) {
    let candidate = path.replace(/\[\d+\]/g, "");
    while (candidate) {
      const slot = document.querySelector("[data-error-for='" + candidate.replace(/'/g, "") + "']");
      if (slot) { return slot; }
      const dot = candidate.lastIndexOf(".");
      candidate = dot < 0 ? "" : candidate.slice(0, dot);
    }
    return null;
  }

  function showOneError(error) {
    const path = error.path || "";
    const message = error.message || "Something went wrong.";
    const slot = path ? slotFor(path) : null;
    const item = document.createElement("li");
    if (slot) {
      slot.textContent = slot.hidden || slot.textContent === "" ? message : slot.textContent + " " + message;
      slot.hidden = false;
      const container = slot.closest("[data-field]");
      const control = container ? container.querySelector("input, select, textarea") : null;
      if (container && container.tagName === "FIELDSET") { container.setAttribute("aria-invalid", "true"); }
      if (control) {
        control.setAttribute("aria-invalid", "true");
        const link = document.createElement("a");
        link.href = "#" + control.id;
        link.textContent = message;
        item.appendChild(link);
      } else {
        item.textContent = message;
      }
    } else {
      item.textContent = message;
    }
    $("error-list").appendChild(item);
  }

  // Every problem the server found, each next to its field and all in the summary at the top.
  function showErrors(errors, moveFocus) {
    const list = errors.length > 0 ? errors : [{ path: "", message: "Something went wrong." }];
    list.forEach(showOneError);
    $("error-summary").hidden = false;
    if (moveFocus) { $("error-summary").focus(); }
    setStatus(list.length === 1
      ? "The form has a problem: " + list[0].message
      : "The form has " + list.length + " problems; each is shown next to its field.");
  }

  function setStatus(text) { $("status").textContent = text; }

  // ---- Server calls ---------------------------------------------------------------------------

  async function post(path, body, contentType) {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": contentType || "application/json" },
      body: body,
      cache: "no-store",
      credentials: "same-origin",
    });
    if (!response.ok) {
      let errors = [{ path: "", message: "The server answered " + response.status + "." }];
      try {
        const json = await response.json();
        if (json && Array.isArray(json.errors) && json.errors.length > 0) { errors = json.errors; }
        else if (json && json.error) { errors = [json.error]; }
      } catch (ignored) { /* not JSON: keep the status message */ }
      throw { errors: errors };
    }
    return response;
  }

  function profileBody() { return JSON.stringify(collectProfile()); }

  function fileNameFrom(response, fallback) {
    const header = response.headers.get("Content-Disposition") || "";
    const match = /filename="([^"]+)"/.exec(header);
    return match ? match[1] : fallback;
  }

  async function download(response, fallbackName) {
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = fileNameFrom(response, fallbackName);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    return link.download;
  }

  // ---- Preview rendering ----------------------------------------------------------------------

  function listItem(text) {
    const item = document.createElement("li");
    item.textContent = text;
    return item;
  }

  function doseText(dose, perSide) {
    if (!dose) { return ""; }
    const parts = [];
    if (dose.sets && dose.reps) { parts.push(dose.sets + " × " + dose.reps); }
    else if (dose.reps) { parts.push(dose.reps + " reps"); }
    else if (dose.sets) { parts.push(dose.sets + " sets"); }
    if (dose.hold_seconds) { parts.push("hold " + dose.hold_seconds + " s"); }
    if (dose.seconds) { parts.push(dose.seconds + " s"); }
    if (dose.minutes) { parts.push(dose.minutes + " min"); }
    if (perSide || dose.per_side) { parts.push("each side"); }
    if (dose.times_per_day) { parts.push(dose.times_per_day + "×/day"); }
    if (dose.days_per_week) { parts.push(dose.days_per_week + " days/week"); }
    return parts.join(", ");
  }

  const outcomeText = {
    program: "Home exercise program",
    emergency_referral: "EMERGENCY REFERRAL — no exercises",
    urgent_referral: "URGENT REFERRAL — no exercises until a doctor has checked",
    not_eligible: "Not eligible for this program — advice sheet",
  };

  function summaryRow(list, term, value) {
    if (value === undefined || value === null || value === "") { return; }
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = String(value);
    list.append(dt, dd);
  }

  // One exercise of the preview: its name, dose and reasons, then its dose fields and a note to
  // edit in place and buttons to move it. Each field has a label and an error slot of its own
  // (`adjust.<id>.<key>`), so the server's problems show next to it.
  function itemEditor(item, index, items) {
    const li = document.createElement("li");
    li.id = "item-" + item.id;
    const name = document.createElement("strong");
    name.className = "item-name";
    name.textContent = item.name;
    const dose = document.createElement("span");
    dose.className = "dose";
    dose.textContent = " — " + doseText(item.dose) + (item.dose_note ? " (" + item.dose_note + ")" : "");
    const why = document.createElement("span");
    why.className = "why";
    why.textContent = item.id + ": " + item.why.join(" ");
    li.append(name, dose, document.createElement("br"), why);

    const group = document.createElement("fieldset");
    group.className = "adjust";
    group.dataset.field = "adjust." + item.id;
    const legend = document.createElement("legend");
    legend.className = "visually-hidden";
    legend.textContent = "Change " + item.name;
    const fields = document.createElement("div");
    fields.className = "adjust-fields";
    const original = item.adjusted || {};
    doseFields.forEach(([key, label]) => {
      const value = item.dose ? item.dose[key] : 0;
      if (!(value > 0) && !(key in original)) { return; }
      const path = "adjust." + item.id + "." + key;
      const box = document.createElement("span");
      box.className = "adjust-field";
      box.dataset.field = path;
      const input = document.createElement("input");
      input.type = "text";
      input.inputMode = "numeric";
      input.className = "number";
      input.id = "adj-" + item.id + "-" + key;
      input.name = path;
      input.autocomplete = "off";
      input.value = String(value);
      input.dataset.id = item.id;
      input.dataset.key = key;
      input.dataset.original = String(key in original ? original[key] : value);
      const labelElement = document.createElement("label");
      labelElement.htmlFor = input.id;
      labelElement.textContent = label;
      const slot = errorSlot(path);
      input.setAttribute("aria-describedby", slot.id);
      input.addEventListener("change", () => doseChanged(input));
      box.append(labelElement, input, slot);
      fields.appendChild(box);
    });

    const noteBox = document.createElement("div");
    noteBox.className = "adjust-note";
    noteBox.dataset.field = "adjust." + item.id + ".note";
    const note = document.createElement("input");
    note.type = "text";
    note.id = "adj-" + item.id + "-note";
    note.name = "adjust." + item.id + ".note";
    note.maxLength = 500;
    note.autocomplete = "off";
    note.value = item.therapist_note || "";
    const noteLabel = document.createElement("label");
    noteLabel.htmlFor = note.id;
    noteLabel.textContent = "Note on the card (“From your therapist”)";
    const noteSlot = errorSlot("adjust." + item.id + ".note");
    note.setAttribute("aria-describedby", noteSlot.id);
    note.addEventListener("change", () => {
      setAdjust(item.id, "note", note.value.trim() === "" ? undefined : note.value);
      regenerate("Changing the note on " + item.name);
    });
    noteBox.append(noteLabel, note, noteSlot);

    const moves = document.createElement("div");
    moves.className = "adjust-moves";
    const up = moveButton(item, index, -1, "Move up", "Move " + item.name + " up");
    const down = moveButton(item, index, 1, "Move down", "Move " + item.name + " down");
    up.disabled = index === 0;
    down.disabled = index === items.length - 1;
    moves.append(up, down, errorSlot("adjust." + item.id + ".order"), errorSlot("adjust." + item.id));
    group.append(legend, fields, noteBox, moves);
    li.appendChild(group);
    return li;
  }

  function errorSlot(path) {
    const slot = document.createElement("p");
    slot.className = "error";
    slot.id = "e-" + path.replace(/[^A-Za-z0-9_-]/g, "-");
    slot.dataset.errorFor = path;
    slot.hidden = true;
    return slot;
  }

  function moveButton(item, index, step, text, label) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "small";
    button.id = "adj-" + item.id + (step < 0 ? "-up" : "-down");
    button.textContent = text;
    button.setAttribute("aria-label", label);
    button.addEventListener("click", () => move(index, step));
    return button;
  }

  function showPlan(plan, previewText) {
    const referral = $("referral");
    referral.classList.remove("emergency", "urgent", "not-eligible");
    if (plan.outcome !== "program") {
      referral.hidden = false;
      referral.classList.add(plan.outcome === "emergency_referral" ? "emergency"
        : plan.outcome === "urgent_referral" ? "urgent" : "not-eligible");
      $("referral-title").textContent = outcomeText[plan.outcome] || plan.outcome;
      $("referral-text").textContent = plan.outcome === "not_eligible"
        ? "The handout is an advice sheet instead of an exercise program."
        : "The handout is a referral sheet. Act on it before the patient leaves.";
      $("referral-flags").replaceChildren(...plan.red_flags.map((flag) => {
        const label = form.querySelector("label[for='f-red_flags-" + flag.id + "']");
        return listItem((label ? label.textContent : flag.id + " (" + flag.reference_id + ")") + ": " + flag.level);
      }));
    } else {
      referral.hidden = true;
    }

    const summary = $("plan-summary");
    summary.replaceChildren();
    summaryRow(summary, "Outcome", outcomeText[plan.outcome] || plan.outcome);
    if (plan.irritability) {
      summaryRow(summary, "Irritability", plan.irritability + " (" + plan.irritability_source + ")");
    }
    summaryRow(summary, "Direction bias", plan.direction_bias);
    summaryRow(summary, "Phase", plan.phase);
    summaryRow(summary, "Side", plan.side);
    if (plan.outcome === "program") {
      summaryRow(summary, "Session", plan.minutes_per_session + " min, " + plan.sessions_per_day + "×/day");
    }
    if (plan.review_within_days) { summaryRow(summary, "Review within", plan.review_within_days + " days"); }
    if (plan.clinician_review) { summaryRow(summary, "Clinician review", "needed"); }

    $("plan-items-block").hidden = plan.items.length === 0;
    shownItems = plan.items;
    $("plan-items").replaceChildren(...plan.items.map(itemEditor));
    $("undo-adjust").hidden = !hasAdjust();

    const gun = plan.massage_gun;
    $("plan-gun").textContent = gun.included
      ? "Included. Never on: " + gun.avoid.join(", ").replace(/_/g, " ") + "."
      : "Not included" + (gun.not_included_reason ? " (" + gun.not_included_reason.replace(/_/g, " ") + ")" : "") + ".";
    $("plan-gun-zones").replaceChildren(...gun.zones.map((zone) =>
      listItem(zone.zone + ": " + zone.seconds_per_side + " s per side, " + zone.speed + ", " + zone.attachment)));

    $("plan-warnings-block").hidden = plan.warnings.length === 0;
    $("plan-warnings").replaceChildren(...plan.warnings.map(listItem));
    $("plan-decisions").replaceChildren(...plan.decisions.map((decision) =>
      listItem(decision.rule + ": " + decision.text)));
    $("plan").hidden = false;

    $("preview-text").textContent = previewText;
    $("preview").hidden = false;
  }

  // ---- Actions --------------------------------------------------------------------------------

  let busy = false;
  async function run(label, action, moveFocus) {
    if (busy) { return; }
    busy = true;
    form.setAttribute("aria-busy", "true");
    clearErrors();
    setStatus(label + "…");
    try {
      await action();
    } catch (error) {
      const errors = error && Array.isArray(error.errors) ? error.errors
        : [error && error.message ? error : { path: "", message: String(error) }];
      showErrors(errors, moveFocus !== false);
    } finally {
      busy = false;
      form.removeAttribute("aria-busy");
    }
  }

  function isStaleAdjust(error) {
    return error.path === "adjust" || /^adjust\.[^.]+\.order$/.test(error.path || "");
  }

  // The plan without the therapist's changes (or without their moves only).
  async function basePlan(withoutOrdersOnly) {
    const profile = collectProfile();
    if (withoutOrdersOnly && profile.adjust) {
      Object.values(profile.adjust).forEach((entry) => { delete entry.order; });
    } else {
      delete profile.adjust;
    }
    return (await post("/api/plan", JSON.stringify(profile))).json();
  }

  // Changes to exercises that the form no longer plans are dropped (with a word in the status),
  // and so are places beyond the end of the list, instead of failing every preview after.
  async function dropStaleAdjust() {
    const base = await basePlan(false);
    const ids = new Set(base.items.map((item) => item.id));
    const dropped = [];
    Object.keys(adjust).forEach((id) => {
      if (!ids.has(id)) {
        dropped.push(id);
        delete adjust[id];
      } else if (adjust[id].order > base.items.length) {
        setAdjust(id, "order", undefined);
      }
    });
    return dropped;
  }

  async function preview() {
    let body = profileBody();
    let planResponse;
    let dropped = [];
    try {
      planResponse = await post("/api/plan", body);
    } catch (error) {
      if (!hasAdjust() || !error.errors || !error.errors.some(isStaleAdjust)) { throw error; }
      dropped = await dropStaleAdjust();
      body = profileBody();
      planResponse = await post("/api/plan", body);
    }
    const plan = await planResponse.json();
    const previewResponse = await post("/api/preview", body);
    const text = await previewResponse.text();
    const focused = document.activeElement && document.activeElement.id;
    showPlan(plan, text);
    // The list was drawn anew: give the focus back to the same control.
    if (focused && focused.startsWith("adj-") && $(focused)) { $(focused).focus(); }
    const count = plan.items.length;
    setStatus((plan.outcome === "program"
      ? "Preview ready: " + count + " exercise" + (count === 1 ? "" : "s") + "."
      : "Preview ready: " + (outcomeText[plan.outcome] || plan.outcome) + ".")
      + (dropped.length > 0 ? " Changes to " + dropped.join(", ") + " were dropped: no longer in the plan." : ""));
  }

  function regenerate(label) { run(label, preview, false); }

  // A dose typed in place: kept only where it differs from the planner's; anything that is not
  // a whole number goes as typed, so the server names the problem next to the field.
  function doseChanged(input) {
    const typed = input.value.trim();
    let value;
    if (typed === "" || typed === input.dataset.original) { value = undefined; }
    else { value = /^\d+$/.test(typed) ? Number(typed) : typed; }
    setAdjust(input.dataset.id, input.dataset.key, value);
    regenerate("Changing the dose");
  }

  // The planner's moves (Planner: each wanted place in turn, lowest first) over `order`.
  function applyOrders(ids, orders) {
    const result = ids.slice();
    const moves = Object.keys(orders).map((id) => [id, orders[id]])
      .sort((a, b) => a[1] !== b[1] ? a[1] - b[1] : (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    moves.forEach(([id, place]) => {
      const from = result.indexOf(id);
      if (from < 0) { return; }
      const to = Math.min(place, result.length) - 1;
      if (from === to) { return; }
      result.splice(from, 1);
      result.splice(to, 0, id);
    });
    return result;
  }

  // Moves the item at `index` one place: the planner's order without moves, then as few `order`
  // entries as give the wanted list.
  function move(index, step) {
    const target = index + step;
    if (target < 0 || target >= shownItems.length) { return; }
    const wanted = shownItems.map((item) => item.id);
    [wanted[index], wanted[target]] = [wanted[target], wanted[index]];
    const movedName = shownItems[index].name;
    run("Moving " + movedName, async () => {
      const base = (await basePlan(true)).items.map((item) => item.id);
      const orders = {};
      wanted.forEach((id, place) => { orders[id] = place + 1; });
      const same = (list) => list.length === wanted.length && list.every((id, i) => id === wanted[i]);
      wanted.slice().reverse().forEach((id) => {
        const fewer = Object.assign({}, orders);
        delete fewer[id];
        if (same(applyOrders(base, fewer))) { delete orders[id]; }
      });
      Object.keys(adjust).forEach((id) => setAdjust(id, "order", undefined));
      Object.keys(orders).forEach((id) => setAdjust(id, "order", orders[id]));
      const buttonID = "adj-" + wanted[target] + (step < 0 ? "-up" : "-down");
      await preview();
      const button = $(buttonID);
      const other = $("adj-" + wanted[target] + (step < 0 ? "-down" : "-up"));
      if (button && !button.disabled) { button.focus(); } else if (other) { other.focus(); }
      setStatus("Moved " + movedName + " to place " + (target + 1) + ".");
    }, false);
  }

  $("undo-adjust").addEventListener("click", () => {
    run("Undoing the changes to the exercises", async () => {
      adjust = {};
      await preview();
      $("preview-button").focus();
    }, false);
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run("Planning", preview);
  });

  $("pdf-button").addEventListener("click", () => run("Making the PDF", async () => {
    const query = [];
    if ($("opt-large-print").checked) { query.push("large_print=true"); }
    if ($("opt-booklet").checked) { query.push("booklet=true"); }
    const options = query.length ? "?" + query.join("&") : "";
    const response = await post("/api/handout" + options, profileBody());
    const warnings = response.headers.get("X-Handout-Warnings");
    const name = await download(response, "handout.pdf");
    // What the therapist should know before handing it over (a handout over its page target).
    const notes = warnings
      ? decodeURIComponent(warnings).split("\n").map((w) => " Note: " + w.replace(/\.$/, "") + ".") : [];
    setStatus("Downloaded " + name + "." + notes.join(""));
  }));

  $("yaml-button").addEventListener("click", () => run("Writing the profile", async () => {
    const name = await download(await post("/api/profile/yaml", profileBody()), "profile.yaml");
    setStatus("Downloaded " + name + ".");
  }));

  $("load-input").addEventListener("change", () => {
    const input = $("load-input");
    const file = input.files && input.files[0];
    if (!file) { return; }
    run("Loading " + file.name, async () => {
      if (file.size > 262144) { throw { path: "", message: file.name + " is too large for a profile." }; }
      const text = await file.text();
      const type = /\.json$/i.test(file.name) ? "application/json" : "application/yaml";
      const response = await post("/api/profile/normalize", text, type);
      fillForm(await response.json());
      input.value = "";
      await preview();
    });
  });

  // Ctrl+Enter (or Cmd+Enter) previews from anywhere in the form.
  form.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run("Planning", preview);
    }
  });

  document.documentElement.classList.add("js");
})();
