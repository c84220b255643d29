// The catalogue in the compact form of the compiled resources (see `CompactWriter`). Each type
// reads its fields in the order it writes them.

extension Catalogue: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    self.init(
      version: try reader.string(), title: try reader.string(), entries: try reader.array(of: Exercise.self))
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(version)
    writer.string(title)
    writer.array(entries)
  }
}

extension Exercise: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    id = try reader.string()
    name = try reader.string()
    category = try reader.read()
    tags = try reader.array()
    purpose = try reader.string()
    start = try reader.string()
    steps = try reader.array()
    cues = try reader.array()
    mistakes = try reader.array()
    doses = try reader.dictionary()
    progression = try reader.array()
    progressionNote = try reader.optional()
    regression = try reader.array()
    regressionNote = try reader.optional()
    causes = try reader.array()
    directionBias = try reader.read()
    equipment = try reader.array()
    contraindicatedConditions = try reader.array()
    cautions = try reader.array()
    ruleRefs = try reader.array()
    gunZone = try reader.optional()
    figure = try reader.optional()
    bothSidesStart = try reader.optional()
    bothSidesSteps = try reader.optionalArray()
    conditionSteps = try reader.listDictionary()
    biasNotes = try reader.dictionary()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(id)
    writer.string(name)
    writer.write(category)
    writer.array(tags)
    writer.string(purpose)
    writer.string(start)
    writer.array(steps)
    writer.array(cues)
    writer.array(mistakes)
    writer.dictionary(doses)
    writer.array(progression)
    writer.optional(progressionNote)
    writer.array(regression)
    writer.optional(regressionNote)
    writer.array(causes)
    writer.write(directionBias)
    writer.array(equipment)
    writer.array(contraindicatedConditions)
    writer.array(cautions)
    writer.array(ruleRefs)
    writer.optional(gunZone)
    writer.optional(figure)
    writer.optional(bothSidesStart)
    writer.optionalArray(bothSidesSteps)
    writer.listDictionary(conditionSteps)
    writer.dictionary(biasNotes)
  }

}

extension LevelDose: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    dose = try reader.read()
    note = try reader.optional()
    steps = try reader.optionalArray()
    cues = try reader.optionalArray()
    progressionNote = try reader.optional()
    regressionNote = try reader.optional()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.write(dose)
    writer.optional(note)
    writer.optionalArray(steps)
    writer.optionalArray(cues)
    writer.optional(progressionNote)
    writer.optional(regressionNote)
  }
}

extension Dose: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    sets = try reader.int()
    reps = try reader.int()
    holdSeconds = try reader.int()
    seconds = try reader.int()
    minutes = try reader.int()
    timesPerDay = try reader.int()
    daysPerWeek = try reader.int()
    perSide = try reader.bool()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.int(sets)
    writer.int(reps)
    writer.int(holdSeconds)
    writer.int(seconds)
    writer.int(minutes)
    writer.int(timesPerDay)
    writer.int(daysPerWeek)
    writer.bool(perSide)
  }
}

extension ExerciseCategory: CompactStorable {}
extension ExerciseTag: CompactStorable {}
extension Irritability: CompactKey {}
extension Cause: CompactStorable {}
extension DirectionBias: CompactKey {}
extension Equipment: CompactStorable {}
extension Condition: CompactKey {}
extension GunZone: CompactStorable {}
