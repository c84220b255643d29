// The handout wording in the compact form of the compiled resources (see `CompactWriter`). Each
// type reads its fields in the order it writes them: the order they are declared in.

extension LocalizedText: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    // A flag, as written below: false for one text, true for the US and UK variants.
    if try reader.bool() {
      self = .variants(enUS: try reader.string(), enGB: try reader.string())
    } else {
      self = .same(try reader.string())
    }
  }

  package func write(compact writer: inout CompactWriter) {
    switch self {
    case .same(let text):
      writer.bool(false)
      writer.string(text)
    case .variants(let enUS, let enGB):
      writer.bool(true)
      writer.string(enUS)
      writer.string(enGB)
    }
  }
}

extension HandoutText: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    general = try reader.read()
    education = try reader.read()
    positions = try reader.read()
    massageGun = try reader.read()
    safety = try reader.read()
    publicHandout = try reader.read()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.write(general)
    writer.write(education)
    writer.write(positions)
    writer.write(massageGun)
    writer.write(safety)
    writer.write(publicHandout)
  }
}

extension IDText: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    id = try reader.string()
    text = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(id)
    writer.string(text)
  }
}

extension HandoutText.Education: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    whatIsIt = try reader.read()
    causes = try reader.read()
    whatToExpect = try reader.read()
    hurtIsNotHarm = try reader.read()
    keepMoving = try reader.read()
    otherHelp = try reader.read()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.write(whatIsIt)
    writer.write(causes)
    writer.write(whatToExpect)
    writer.write(hurtIsNotHarm)
    writer.write(keepMoving)
    writer.write(otherHelp)
  }
}

extension HandoutText.Education.Topic: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    heading = try reader.string()
    paragraphs = try reader.array()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(heading)
    writer.array(paragraphs)
  }
}

extension HandoutText.Education.Causes: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    heading = try reader.string()
    paragraphs = try reader.array()
    disc = try reader.read()
    stenosis = try reader.read()
    piriformis = try reader.read()
    unknown = try reader.read()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(heading)
    writer.array(paragraphs)
    writer.write(disc)
    writer.write(stenosis)
    writer.write(piriformis)
    writer.write(unknown)
  }
}

extension HandoutText.General: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    document = try reader.read()
    footer = try reader.read()
    sections = try reader.read()
    cover = try reader.read()
    exercises = try reader.read()
    categories = try reader.read()
    dose = try reader.read()
    trafficLight = try reader.read()
    progressLog = try reader.read()
    layout = try reader.read()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.write(document)
    writer.write(footer)
    writer.write(sections)
    writer.write(cover)
    writer.write(exercises)
    writer.write(categories)
    writer.write(dose)
    writer.write(trafficLight)
    writer.write(progressLog)
    writer.write(layout)
  }
}

extension HandoutText.LayoutText: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    pageNumber = try reader.string()
    continued = try reader.string()
    figure = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(pageNumber)
    writer.string(continued)
    writer.string(figure)
  }
}

extension HandoutText.DocumentText: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    title = try reader.read()
    subject = try reader.read()
    referralSubject = try reader.string()
    defaultAuthor = try reader.string()
    creator = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.write(title)
    writer.write(subject)
    writer.string(referralSubject)
    writer.string(defaultAuthor)
    writer.string(creator)
  }
}

extension HandoutText.FooterText: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    catalogue = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(catalogue)
  }
}

extension HandoutText.SectionTitles: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    understanding = try reader.string()
    positions = try reader.string()
    exercises = try reader.string()
    massageGun = try reader.string()
    trafficLight = try reader.string()
    progressLog = try reader.string()
    help = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(understanding)
    writer.string(positions)
    writer.string(exercises)
    writer.string(massageGun)
    writer.string(trafficLight)
    writer.string(progressLog)
    writer.string(help)
  }
}

extension HandoutText.Cover: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    title = try reader.read()
    patient = try reader.string()
    date = try reader.string()
    therapist = try reader.string()
    reference = try reader.string()
    reviewTitle = try reader.string()
    reviewWithDays = try reader.string()
    reviewWithoutDays = try reader.string()
    glanceTitle = try reader.string()
    glanceHeader = try reader.array()
    time = try reader.string()
    timeWithWalks = try reader.string()
    timeWithCycling = try reader.string()
    timeWithWalksAndCycling = try reader.string()
    extras = try reader.string()
    extrasItem = try reader.string()
    extrasSeparator = try reader.string()
    gunRowDose = try reader.string()
    gunRowDoseOneArea = try reader.string()
    gunRowWhen = try reader.string()
    therapistNoteTitle = try reader.string()
    safetyPointer = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.write(title)
    writer.string(patient)
    writer.string(date)
    writer.string(therapist)
    writer.string(reference)
    writer.string(reviewTitle)
    writer.string(reviewWithDays)
    writer.string(reviewWithoutDays)
    writer.string(glanceTitle)
    writer.array(glanceHeader)
    writer.string(time)
    writer.string(timeWithWalks)
    writer.string(timeWithCycling)
    writer.string(timeWithWalksAndCycling)
    writer.string(extras)
    writer.string(extrasItem)
    writer.string(extrasSeparator)
    writer.string(gunRowDose)
    writer.string(gunRowDoseOneArea)
    writer.string(gunRowWhen)
    writer.string(therapistNoteTitle)
    writer.string(safetyPointer)
  }
}

extension HandoutText.ExercisesText: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    intro = try reader.string()
    whenEasy = try reader.string()
    ifFlares = try reader.string()
    askNextStep = try reader.string()
    flareDefault = try reader.string()
    nameSeparator = try reader.string()
    startLabel = try reader.string()
    tipsLabel = try reader.string()
    avoidLabel = try reader.string()
    cautionLabel = try reader.string()
    doseLabel = try reader.string()
    stepsLabel = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(intro)
    writer.string(whenEasy)
    writer.string(ifFlares)
    writer.string(askNextStep)
    writer.string(flareDefault)
    writer.string(nameSeparator)
    writer.string(startLabel)
    writer.string(tipsLabel)
    writer.string(avoidLabel)
    writer.string(cautionLabel)
    writer.string(doseLabel)
    writer.string(stepsLabel)
  }
}

extension HandoutText.CategoryLabels: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    nerveGlide = try reader.string()
    directional = try reader.string()
    position = try reader.string()
    strengthening = try reader.string()
    stretch = try reader.string()
    aerobic = try reader.string()
    cycling = try reader.string()
    massageGun = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(nerveGlide)
    writer.string(directional)
    writer.string(position)
    writer.string(strengthening)
    writer.string(stretch)
    writer.string(aerobic)
    writer.string(cycling)
    writer.string(massageGun)
  }
}

extension HandoutText.DoseText: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    setsAndReps = try reader.string()
    oneSetAndReps = try reader.string()
    reps = try reader.string()
    oneRep = try reader.string()
    holds = try reader.string()
    oneHold = try reader.string()
    setsOfHolds = try reader.string()
    seconds = try reader.string()
    oneSecond = try reader.string()
    minutes = try reader.string()
    oneMinute = try reader.string()
    onceADay = try reader.string()
    timesADay = try reader.string()
    daysAWeek = try reader.string()
    oneDayAWeek = try reader.string()
    everyDay = try reader.string()
    eachSide = try reader.string()
    leftLeg = try reader.string()
    rightLeg = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(setsAndReps)
    writer.string(oneSetAndReps)
    writer.string(reps)
    writer.string(oneRep)
    writer.string(holds)
    writer.string(oneHold)
    writer.string(setsOfHolds)
    writer.string(seconds)
    writer.string(oneSecond)
    writer.string(minutes)
    writer.string(oneMinute)
    writer.string(onceADay)
    writer.string(timesADay)
    writer.string(daysAWeek)
    writer.string(oneDayAWeek)
    writer.string(everyDay)
    writer.string(eachSide)
    writer.string(leftLeg)
    writer.string(rightLeg)
  }
}

extension HandoutText.TrafficLightText: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    intro = try reader.string()
    green = try reader.read()
    amber = try reader.read()
    red = try reader.read()
    after = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(intro)
    writer.write(green)
    writer.write(amber)
    writer.write(red)
    writer.string(after)
  }
}

extension HandoutText.TrafficLightText.Row: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    label = try reader.string()
    signs = try reader.string()
    action = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(label)
    writer.string(signs)
    writer.string(action)
  }
}

extension HandoutText.ProgressLogText: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    intro = try reader.string()
    instructions = try reader.array()
    columns = try reader.array()
    dayHeading = try reader.string()
    day = try reader.string()
    week = try reader.string()
    once = try reader.string()
    morning = try reader.string()
    evening = try reader.string()
    previewOneWeek = try reader.string()
    previewWeeks = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(intro)
    writer.array(instructions)
    writer.array(columns)
    writer.string(dayHeading)
    writer.string(day)
    writer.string(week)
    writer.string(once)
    writer.string(morning)
    writer.string(evening)
    writer.string(previewOneWeek)
    writer.string(previewWeeks)
  }
}

extension HandoutText.MassageGun: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    intro = try reader.string()
    order = try reader.string()
    tableHeader = try reader.array()
    bodyMapCaption = try reader.string()
    bodyMapLabels = try reader.read()
    zones = try reader.array()
    speeds = try reader.array()
    attachments = try reader.array()
    techniqueTitle = try reader.string()
    technique = try reader.array()
    avoidTitle = try reader.string()
    avoidAreas = try reader.array()
    stopTitle = try reader.string()
    stopSigns = try reader.array()
    nextDayWarning = try reader.string()
    whoShouldNotTitle = try reader.string()
    whoShouldNot = try reader.array()
    askFirst = try reader.string()
    precautionTitle = try reader.string()
    precaution = try reader.string()
    listAnd = try reader.string()
    precautionConditions = try reader.array()
    notIncludedTitle = try reader.string()
    notIncluded = try reader.array()
    notIncludedSafety = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(intro)
    writer.string(order)
    writer.array(tableHeader)
    writer.string(bodyMapCaption)
    writer.write(bodyMapLabels)
    writer.array(zones)
    writer.array(speeds)
    writer.array(attachments)
    writer.string(techniqueTitle)
    writer.array(technique)
    writer.string(avoidTitle)
    writer.array(avoidAreas)
    writer.string(stopTitle)
    writer.array(stopSigns)
    writer.string(nextDayWarning)
    writer.string(whoShouldNotTitle)
    writer.array(whoShouldNot)
    writer.string(askFirst)
    writer.string(precautionTitle)
    writer.string(precaution)
    writer.string(listAnd)
    writer.array(precautionConditions)
    writer.string(notIncludedTitle)
    writer.array(notIncluded)
    writer.string(notIncludedSafety)
  }
}

extension HandoutText.MassageGun.Zone: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    id = try reader.string()
    name = try reader.string()
    `where` = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(id)
    writer.string(name)
    writer.string(`where`)
  }
}

extension HandoutText.Positions: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    intro = try reader.string()
    pregnancy = try reader.read()
    recommendedTitle = try reader.string()
    avoidTitle = try reader.string()
    massageTherapist = try reader.read()
    positions = try reader.array()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(intro)
    writer.write(pregnancy)
    writer.string(recommendedTitle)
    writer.string(avoidTitle)
    writer.write(massageTherapist)
    writer.array(positions)
  }
}

extension HandoutText.Positions.Entry: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    id = try reader.string()
    title = try reader.string()
    text = try reader.read()
    avoidText = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(id)
    writer.string(title)
    writer.write(text)
    writer.string(avoidText)
  }
}

extension HandoutText.Positions.MassageTherapist: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    title = try reader.string()
    text = try reader.string()
    yourPosition = try reader.string()
    notFaceDown = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(title)
    writer.string(text)
    writer.string(yourPosition)
    writer.string(notFaceDown)
  }
}

extension HandoutText.Positions.Pregnancy: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    note = try reader.string()
    proneAvoidText = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(note)
    writer.string(proneAvoidText)
  }
}

extension HandoutText.PublicHandout: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    document = try reader.read()
    cover = try reader.read()
    sections = try reader.read()
    causes = try reader.read()
    massageTherapy = try reader.read()
    massageGun = try reader.read()
    starter = try reader.read()
    callToAction = try reader.read()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.write(document)
    writer.write(cover)
    writer.write(sections)
    writer.write(causes)
    writer.write(massageTherapy)
    writer.write(massageGun)
    writer.write(starter)
    writer.write(callToAction)
  }
}

extension HandoutText.PublicHandout.DocumentText: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    title = try reader.string()
    subject = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(title)
    writer.string(subject)
  }
}

extension HandoutText.PublicHandout.Cover: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    title = try reader.string()
    subtitle = try reader.string()
    intro = try reader.array()
    contentsTitle = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(title)
    writer.string(subtitle)
    writer.array(intro)
    writer.string(contentsTitle)
  }
}

extension HandoutText.PublicHandout.SectionTitles: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    massageTherapy = try reader.string()
    massageGun = try reader.string()
    starter = try reader.read()
    callToAction = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(massageTherapy)
    writer.string(massageGun)
    writer.write(starter)
    writer.string(callToAction)
  }
}

extension HandoutText.PublicHandout.Causes: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    heading = try reader.string()
    intro = try reader.string()
    items = try reader.array()
    after = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(heading)
    writer.string(intro)
    writer.array(items)
    writer.string(after)
  }
}

extension HandoutText.PublicHandout.MassageTherapy: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    paragraphs = try reader.array()
    faceDown = try reader.string()
    side = try reader.string()
    unsure = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.array(paragraphs)
    writer.string(faceDown)
    writer.string(side)
    writer.string(unsure)
  }
}

extension HandoutText.PublicHandout.MassageGun: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    notYet = try reader.read()
    discFirst = try reader.string()
    startGently = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.write(notYet)
    writer.string(discFirst)
    writer.string(startGently)
  }
}

extension HandoutText.PublicHandout.Starter: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    intro = try reader.array()
    getAssessedTitle = try reader.string()
    getAssessed = try reader.array()
    getAssessedLater = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.array(intro)
    writer.string(getAssessedTitle)
    writer.array(getAssessed)
    writer.string(getAssessedLater)
  }
}

extension HandoutText.PublicHandout.CallToAction: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    text = try reader.read()
    bookWithClinic = try reader.string()
    book = try reader.string()
    websiteLabel = try reader.string()
    phoneLabel = try reader.string()
    neutral = try reader.read()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.write(text)
    writer.string(bookWithClinic)
    writer.string(book)
    writer.string(websiteLabel)
    writer.string(phoneLabel)
    writer.write(neutral)
  }
}

extension HandoutText.Safety: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    help = try reader.read()
    referrals = try reader.read()
    redFlags = try reader.array()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.write(help)
    writer.write(referrals)
    writer.array(redFlags)
  }
}

extension HandoutText.Safety.Help: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    emergencyTitle = try reader.read()
    emergencySigns = try reader.array()
    emergencyWhy = try reader.string()
    urgentTitle = try reader.read()
    urgentSigns = try reader.array()
    seeSoon = try reader.read()
    contactTitle = try reader.string()
    phoneLabel = try reader.string()
    websiteLabel = try reader.string()
    addressLabel = try reader.string()
    therapist = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.write(emergencyTitle)
    writer.array(emergencySigns)
    writer.string(emergencyWhy)
    writer.write(urgentTitle)
    writer.array(urgentSigns)
    writer.write(seeSoon)
    writer.string(contactTitle)
    writer.string(phoneLabel)
    writer.string(websiteLabel)
    writer.string(addressLabel)
    writer.string(therapist)
  }
}

extension HandoutText.Safety.EmergencySheet: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    documentTitle = try reader.string()
    banner = try reader.string()
    whatToDo = try reader.read()
    doNotDrive = try reader.string()
    signsTitleCaudaEquina = try reader.string()
    signsTitle = try reader.string()
    whyCaudaEquina = try reader.string()
    why = try reader.string()
    noExercises = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(documentTitle)
    writer.string(banner)
    writer.write(whatToDo)
    writer.string(doNotDrive)
    writer.string(signsTitleCaudaEquina)
    writer.string(signsTitle)
    writer.string(whyCaudaEquina)
    writer.string(why)
    writer.string(noExercises)
  }
}

extension HandoutText.Safety.UrgentSheet: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    documentTitle = try reader.string()
    banner = try reader.string()
    whatToDo = try reader.read()
    whatToDoCancer = try reader.read()
    why = try reader.read()
    noExercises = try reader.string()
    meanwhile = try reader.string()
    bring = try reader.string()
    cancerEmergencyTitle = try reader.read()
    cancerEmergencySigns = try reader.array()
    cancerEmergencyWhy = try reader.string()
    callTodayTitle = try reader.read()
    callTodaySigns = try reader.array()
    callTodayNerveSigns = try reader.array()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(documentTitle)
    writer.string(banner)
    writer.write(whatToDo)
    writer.write(whatToDoCancer)
    writer.write(why)
    writer.string(noExercises)
    writer.string(meanwhile)
    writer.string(bring)
    writer.write(cancerEmergencyTitle)
    writer.array(cancerEmergencySigns)
    writer.string(cancerEmergencyWhy)
    writer.write(callTodayTitle)
    writer.array(callTodaySigns)
    writer.array(callTodayNerveSigns)
  }
}

extension HandoutText.Safety.NotEligibleSheet: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    documentTitle = try reader.string()
    under16 = try reader.read()
    recentSpinalSurgery = try reader.read()
    other = try reader.read()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(documentTitle)
    writer.write(under16)
    writer.write(recentSpinalSurgery)
    writer.write(other)
  }
}

extension HandoutText.Safety.Referrals: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    flagsTitle = try reader.string()
    emergency = try reader.read()
    urgent = try reader.read()
    notEligible = try reader.read()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(flagsTitle)
    writer.write(emergency)
    writer.write(urgent)
    writer.write(notEligible)
  }
}

extension BodyMapLabels: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    front = try reader.string()
    back = try reader.string()
    left = try reader.string()
    right = try reader.string()
    use = try reader.string()
    avoid = try reader.string()
    yourSide = try reader.string()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.string(front)
    writer.string(back)
    writer.string(left)
    writer.string(right)
    writer.string(use)
    writer.string(avoid)
    writer.string(yourSide)
  }
}
