import HomeProgramBundle
import HomeProgramDocument
import HomeProgramLayout
import HomeProgramModel
import HomeProgramPlanner

/// Documents and blocks shared by the layout and text-preview tests.
package enum LayoutFixtures {
  package static let footer = RunningFooter(
    leading: ["Riverside Physio", "Alex Example"], trailing: ["Catalogue 2024.1"])
  package static let info = DocumentInfo(
    title: "Home program", author: "Riverside Physio", subject: "Sciatica", creator: "test")

  /// The words layout adds, as `handout.yaml` has them.
  package static let words = LayoutWords(
    pageNumber: "Page {page} of {pages}", continued: "{title} (continued)", figure: "[Figure: {caption}]")
  /// An exercise card's labels, as `handout.yaml` has them.
  package static let cardLabels = CardLabels(
    start: "Start", tips: "Tips", avoid: "Avoid", caution: "Caution", dose: "Dose", steps: "Steps",
    therapistNote: "From your therapist")
  /// A progress log's labels, as `handout.yaml` has them.
  package static let logLabels = LogGridLabels(
    dayHeading: "Day", day: "Day {day}", week: "Week {week}", once: "Done", morning: "AM", evening: "PM",
    previewOneWeek: "Progress log: tick each session and write your pain scores.",
    previewWeeks: "Progress log ({weeks} weeks: repeat this table for each week).")

  package static func document(_ blocks: [Block], largePrint: Bool = false, footer: RunningFooter = footer)
    -> Document
  {
    Document(info: info, footer: footer, words: words, largePrint: largePrint, blocks: blocks)
  }

  package static func paragraph(_ text: String) -> Block { .paragraph(Paragraph(text: text)) }

  package static let lorem =
    "Lie on your back with your knees bent and your feet flat. Breathe out slowly and let your back relax "
    + "into the floor. Keep the movement small and smooth, and stop if the pain spreads further down your leg."

  package static func card(
    id: String = "NG01", name: String = "Sciatic nerve slider", figureHeight: Double = 120
  )
    -> ExerciseCard
  {
    ExerciseCard(
      id: id, name: name, categoryLabel: "Nerve glide", purpose: "Helps the nerve in your leg move freely.",
      doseLine: "2 sets × 10 · 2 times a day · left leg", doseNote: "Half range only",
      start: "Sit tall on a firm chair, hands resting on your thighs.",
      steps: [
        "Straighten your left knee while you look up.", "Bend the knee as you look down.",
        "Move slowly, in and out of the stretch, 10 times.",
      ], cues: ["Keep your back tall.", "Breathe out as you straighten."],
      mistakes: ["Holding the stretch.", "Pushing into sharp pain."],
      whenEasy: "When it feels easy → do it lying down",
      ifFlares: "If it flares → go back to half range",
      cautions: ["Stop if you feel pins and needles for longer than 1 minute."],
      figure: Figure(key: id, caption: "Straighten and bend the knee", height: figureHeight, side: .left),
      labels: cardLabels)
  }

  package static let table = Table(
    header: ["Exercise", "Dose", "When"],
    rows: [
      ["Sciatic nerve slider", "2 sets × 10", "Morning and evening"],
      ["Prone press-up", "1 set × 10", "Every 2 hours"],
      ["Walking", "10 minutes", "Twice a day, on flat ground"],
    ], columnWeights: [3, 2, 2])

  package static let trafficLight = TrafficLight(rows: [
    .init(
      label: "GREEN", color: .trafficGreen, signs: "Pain up to 3 out of 10 that settles within an hour.",
      action: "Carry on."),
    .init(
      label: "AMBER", color: .trafficAmber, signs: "Pain up to 5 that settles by the next morning.",
      action: "Do fewer repetitions."),
    .init(
      label: "RED", color: .trafficRed, signs: "Pain that spreads, or new numbness.",
      action: "Stop and call us."),
  ])

  /// One of every block kind, in a plausible order.
  package static var everyKind: [Block] {
    [
      .titleBand(
        TitleBand(
          overline: "Riverside Physio", title: "Your home exercise program",
          lines: ["For Alex Example", "Given 3 March"], logoPath: "/tmp/logo.png")),
      .heading(Heading(level: 1, text: "Your plan at a glance")),
      .paragraph(
        Paragraph([
          InlineRun("Do these exercises "), InlineRun("every day", .bold), InlineRun(", "),
          InlineRun("gently", .italic),
          InlineRun(". Questions? Call "), InlineRun("555 0100", link: "tel:5550100"), InlineRun("."),
        ])),
      .table(table),
      .list(ListBlock(ordered: false, items: [[InlineRun("Warm up first.")], [InlineRun("Move slowly.")]])),
      .callout(
        Callout(kind: .note, title: "From your therapist", body: [paragraph("Keep walking every day.")])),
      .pageBreak,
      .heading(Heading(level: 1, text: "Your exercises")),
      .exerciseCard(card()),
      .exerciseCard(card(id: "MK01", name: "Prone press-up")),
      .exerciseCard(card(id: "MK02", name: "Knee to chest")),
      .heading(Heading(level: 2, text: "Where to put the massage gun")),
      .figure(Figure(key: "bodymap", caption: "Stay on the muscles; avoid the spine.", height: 160)),
      .figureRow(
        FigureRow(
          figure: Figure(key: "position:prone_on_pillow", caption: "", height: 90),
          body: [.paragraph(Paragraph([InlineRun("Lying face down on a pillow", .bold)])), paragraph(lorem)])),
      .spacer(12),
      .callout(Callout(kind: .caution, title: "Check with us first", body: [paragraph(lorem)])),
      .keepTogether([.heading(Heading(level: 2, text: "How it should feel")), .trafficLight(trafficLight)]),
      .trafficLight(trafficLight),
      .callout(
        Callout(
          kind: .emergency, title: "Stop and call us if…",
          body: [
            .list(
              ListBlock(
                ordered: false,
                items: [[InlineRun("Numbness around your bottom.")], [InlineRun("You cannot pass urine.")]]))
          ])),
      .heading(Heading(level: 1, text: "Your progress log")),
      .logGrid(
        LogGrid(
          weeks: 3, sessionsPerDay: 2, columns: ["Pain before (0–10)", "Pain after", "Next morning"],
          labels: logLabels)),
      .paragraph(Paragraph(text: lorem, role: .small, secondary: true)),
      .paragraph(Paragraph(text: "Call 911 now.", role: .urgent)),
      .paragraph(Paragraph(text: lorem, role: .lead)),
    ]
  }

  /// A long document: every kind several times over.
  package static var long: [Block] { everyKind + everyKind + everyKind }
}
