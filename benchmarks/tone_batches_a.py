# ruff: noqa: E501  (hand-coded statements: one a line, as written)
"""Hand-coded statements for tests/data/tone_train.csv, batch A: Armenia, Azerbaijan, CSTO.

Each item is ``(tone, note, text)``: the tone by docs/tone_codebook.md (-1/0/+1), the
codebook rule it illustrates (a key of NOTES in write_tone_train.py, or free text), and
the statement's content as an outlet would print it. ``{D}`` (a document), ``{W}`` (a
field of cooperation), ``{C}`` (a city), ``{M}`` (a month) and ``{T}`` (a target the
speaker plausibly talks about) are filled by write_tone_train.py.
"""

ARMENIA = [
    (
        -1,
        "failure",
        "The CSTO did not fulfil its obligations to Armenia when our territory was attacked.",
    ),
    (-1, "failure", "Our allies failed to respond to our request for assistance under Article 4."),
    (-1, "refusal", "Armenia is not ready to sign {D} in its current form."),
    (
        -1,
        "refusal",
        "I will not put my signature on {D} while the question of our borders remains open.",
    ),
    (-1, "freeze", "Armenia has frozen its participation in the CSTO."),
    (
        -1,
        "freeze",
        "We have effectively frozen our participation in the organization, and that is a fact.",
    ),
    (-1, "refusal", "Armenia will not take part in the CSTO exercises this year."),
    (-1, "refusal", "The Armenian side will not attend the summit in {C}."),
    (0, "no plans to leave", "Armenia has no plans to leave the CSTO at this stage."),
    (
        0,
        "no plans to leave",
        "The question of leaving the organization is not on the agenda today.",
    ),
    (0, "denial", "We have not received any official proposal on that subject."),
    (0, "non-answer", "I can neither confirm nor deny the information about the negotiations."),
    (-1, "rejection", "We categorically reject the claims of the Azerbaijani side."),
    (
        -1,
        "accusation",
        "Azerbaijan is once again resorting to disinformation to justify its aggression.",
    ),
    (
        -1,
        "accusation",
        "The Azerbaijani armed forces opened fire on our positions near {C}, using mortars.",
    ),
    (
        -1,
        "threat",
        "There is a real threat of a new large-scale military operation against Armenia.",
    ),
    (
        -1,
        "concern",
        "We are deeply concerned about the humanitarian situation in Nagorno-Karabakh.",
    ),
    (-1, "concern", "The blockade of the Lachin corridor has created a humanitarian crisis."),
    (-1, "failure", "The peacekeepers did not prevent the blockade of the Lachin corridor."),
    (
        -1,
        "criticism",
        "The organization's reaction to the aggression against Armenia was simply unacceptable.",
    ),
    (
        -1,
        "criticism",
        "If the CSTO cannot even give a political assessment of the invasion, what is it for?",
    ),
    (
        -1,
        "criticism",
        "Our security system, tied to Russia, has failed to deliver what we expected from it.",
    ),
    (
        -1,
        "criticism",
        "Armenia's dependence on one partner in the security sphere was a strategic mistake.",
    ),
    (
        -1,
        "veiled warning",
        "We hope our partners understand that silence in such situations has consequences for trust.",
    ),
    (
        1,
        "gratitude",
        "We are grateful to France for its support of Armenia's sovereignty and territorial integrity.",
    ),
    (1, "welcome", "We welcome the deployment of the EU monitoring mission along our border."),
    (1, "progress", "The text of the peace treaty has been agreed, and we are ready to sign it."),
    (
        1,
        "progress",
        "We are ready to sign the peace agreement with Azerbaijan as soon as possible.",
    ),
    (
        1,
        "progress",
        "The agreement on the delimitation of the border is an important step toward peace.",
    ),
    (
        1,
        "cooperation",
        "We will continue to deepen our partnership with the European Union in {W}.",
    ),
    (
        1,
        "cooperation",
        "Our relations with the United States are developing dynamically, including in {W}.",
    ),
    (1, "cooperation", "Armenia and India have good prospects for cooperation in {W}."),
    (
        1,
        "hope",
        "I am confident that the Crossroads of Peace project will benefit the whole region.",
    ),
    (
        1,
        "hope",
        "We hope the talks in {C} will be productive and bring us closer to a lasting peace.",
    ),
    (0, "procedural", "The delegation will travel to {C} next week for consultations."),
    (0, "procedural", "The next round of the border commission's work will take place in {M}."),
    (0, "factual", "The government has sent the draft of {D} to the parliament for ratification."),
    (0, "factual", "Armenia has not paid its share of the CSTO budget this year."),
    (
        0,
        "factual",
        "Our representative did not participate in the meeting of the CSTO Permanent Council.",
    ),
    (0, "position", "Armenia's position on this question has not changed."),
    (0, "position", "We will make a decision based on the interests of the Republic of Armenia."),
    (0, "question", "The question of our membership will be decided by the people of Armenia."),
    (0, "factual", "The Armenian side has submitted its proposals on the text to Baku."),
    (
        -1,
        "criticism",
        "Some of our partners are trying to push Armenia into a corner, and we see that.",
    ),
    (
        -1,
        "accusation",
        "Azerbaijan continues to hold Armenian prisoners in violation of its obligations.",
    ),
    (
        -1,
        "criticism",
        "The statements coming from Moscow contain elements of interference in our internal affairs.",
    ),
    (
        -1,
        "rejection",
        "Armenia will not accept any extraterritorial corridor through its territory.",
    ),
    (-1, "threat", "Baku's maximalist demands are a threat to the peace process."),
    (
        1,
        "fulfilled obligations",
        "Russia has fulfilled its commitments under the gas supply agreement.",
    ),
    (1, "strategic ally", "Russia was and remains an important partner of Armenia in {W}."),
    (
        0,
        "mixed balanced",
        "We have disagreements with the CSTO, and we also have areas where we can work together.",
    ),
    (0, "procedural", "The Security Council will discuss the matter at its session on {M} 12."),
    (
        -1,
        "disappointment",
        "We are disappointed that the organization has avoided giving a clear assessment.",
    ),
    (
        -1,
        "criticism",
        "The CSTO has become a threat to Armenia's security rather than a guarantee of it.",
    ),
    (
        1,
        "welcome",
        "We welcome the statement of the European Council in support of our sovereignty.",
    ),
    (
        1,
        "gratitude",
        "I thank our Iranian partners for their clear position on the inviolability of borders.",
    ),
    (0, "factual", "Armenia currently imports most of its wheat from Russia."),
    (0, "no plans to leave", "We are not planning to withdraw from the Eurasian Economic Union."),
    (0, "non-answer", "I would not like to comment on that question right now."),
    (
        -1,
        "refusal",
        "We have decided not to send our officer to the post of deputy secretary general.",
    ),
    (-1, "freeze", "Armenia has suspended the deployment of CSTO forces on its territory."),
    (
        1,
        "progress",
        "The opening of regional communications will make Armenia a crossroads of peace.",
    ),
    (
        -1,
        "accusation",
        "Azerbaijan is not interested in peace; it is interested in new territorial claims.",
    ),
    (
        0,
        "someone else's attack",
        "The border guards recorded the incident near {C} and reported it to the government.",
    ),
    (1, "support", "We support the efforts of the co-chairs to find a peaceful settlement."),
    (-1, "concern", "The militaristic rhetoric coming from Baku raises serious concern."),
]

AZERBAIJAN = [
    (-1, "rejection", "We strongly reject the biased resolution of the European Parliament."),
    (-1, "accusation", "The Armenian side has once again committed a provocation on the border."),
    (
        -1,
        "accusation",
        "Armenia continues its revanchist policy and is arming itself with French weapons.",
    ),
    (
        -1,
        "criticism",
        "The European Union's mission is turning into a tool of anti-Azerbaijani propaganda.",
    ),
    (-1, "criticism", "France's policy in the region is destructive and fuels militarization."),
    (-1, "threat", "Any attempt at revanchism will receive a firm response."),
    (
        -1,
        "veiled warning",
        "We hope that Armenia will draw the right conclusions and will not repeat its mistakes.",
    ),
    (
        -1,
        "veiled warning",
        "We expect official Yerevan to refrain from steps that could undermine the peace process.",
    ),
    (
        -1,
        "veiled warning",
        "We call on the Armenian leadership to abandon its territorial claims against Azerbaijan.",
    ),
    (
        -1,
        "unacceptable",
        "Such statements by the French minister are unacceptable and irresponsible.",
    ),
    (-1, "accusation", "The so-called separatist regime used the corridor to transport weapons."),
    (-1, "rejection", "Azerbaijan rejects any attempt to interfere in its internal affairs."),
    (1, "welcome", "We welcome the initialling of the peace agreement in Washington."),
    (1, "progress", "The peace process has reached a historic stage, and the text is agreed."),
    (1, "strategic ally", "Turkey is our brotherly country and strategic ally."),
    (1, "cooperation", "Our partnership with Kazakhstan in {W} is developing successfully."),
    (
        1,
        "cooperation",
        "Azerbaijan and the European Union are reliable partners in energy security.",
    ),
    (
        1,
        "gratitude",
        "We are grateful to President Erdogan for his support during the Patriotic War.",
    ),
    (1, "hope", "We believe that a peace agreement can be signed before the end of the year."),
    (1, "progress", "The delimitation commissions have agreed on the first section of the border."),
    (1, "cooperation", "Relations between Azerbaijan and Russia are based on mutual respect."),
    (0, "procedural", "The working groups will meet in {C} in {M} to continue the work on {D}."),
    (
        0,
        "factual",
        "The Azerbaijani delegation handed over its comments on the draft to the Armenian side.",
    ),
    (0, "denial", "No such decision has been taken by the government of Azerbaijan."),
    (0, "non-answer", "The ministry declined to comment on the reports about troop movements."),
    (0, "factual", "Azerbaijan supplies gas to Europe through the Southern Gas Corridor."),
    (0, "position", "Azerbaijan's position on the peace agreement is well known."),
    (-1, "accusation", "Armenian armed forces shelled our positions in the direction of {C}."),
    (-1, "accusation", "The Armenian side violated the ceasefire several times during the night."),
    (
        0,
        "someone else's attack",
        "After the attack on our embassy, the staff were evacuated and the embassy was closed.",
    ),
    (-1, "rejection", "We do not accept the mediation of countries that take one side."),
    (-1, "criticism", "The double standards of some Western capitals are obvious to everyone."),
    (-1, "freeze", "Azerbaijan has suspended the activities of the USAID office in the country."),
    (-1, "threat", "If the provocations continue, Azerbaijan will take all necessary measures."),
    (
        1,
        "welcome",
        "We welcome the constructive position of the Armenian side on the border issue.",
    ),
    (0, "factual", "The final section of the railway will be completed next year."),
    (1, "support", "Azerbaijan supports the territorial integrity of Ukraine."),
    (-1, "criticism", "The Minsk Group has failed, and it no longer has any role to play."),
    (0, "procedural", "The foreign ministers will discuss the remaining articles of {D} in {C}."),
    (-1, "concern", "We are concerned by the continuing supply of weapons to Armenia."),
    (
        -1,
        "rejection",
        "The Armenian constitution still contains territorial claims against Azerbaijan, and this is unacceptable.",
    ),
    (
        1,
        "fulfilled obligations",
        "Azerbaijan has fulfilled all its obligations under the trilateral statement.",
    ),
    (0, "no plans to leave", "Azerbaijan has no intention of closing the border crossing."),
    (-1, "accusation", "Yerevan is trying to sabotage the peace process with new conditions."),
    (
        1,
        "cooperation",
        "The visit opened a new page in relations between Azerbaijan and the United States.",
    ),
    (
        0,
        "factual",
        "Azerbaijan is not a member of the CSTO and has no plans to join any military bloc.",
    ),
    (1, "hope", "We hope that the agreement will bring lasting peace and stability to the region."),
]

CSTO = [
    (
        1,
        "fulfilled obligations",
        "The CSTO peacekeeping contingent has fully fulfilled its tasks in Kazakhstan.",
    ),
    (
        1,
        "fulfilled obligations",
        "The collective forces acted in accordance with the decision of the Collective Security Council.",
    ),
    (
        1,
        "cooperation",
        "Armenia remains a full member of the organization, and the door is open for its return to active work.",
    ),
    (
        1,
        "strategic ally",
        "Armenia is our ally, and all the mechanisms of the organization are available to it.",
    ),
    (
        0,
        "non-answer",
        "The secretariat can neither confirm nor deny that Armenia has sent a formal notification.",
    ),
    (
        0,
        "denial",
        "We have not received any official documents from Yerevan on leaving the organization.",
    ),
    (0, "procedural", "The Permanent Council will meet in {C} on {M} 15 to discuss {D}."),
    (0, "procedural", "The Collective Security Council will hold its session in {C} in {M}."),
    (0, "factual", "The exercises will involve about 2,000 servicemen from five member states."),
    (
        0,
        "factual",
        "The mission of the secretariat arrived in Yerevan to assess the situation on the border.",
    ),
    (
        -1,
        "concern",
        "The organization is concerned about the escalation on the Armenian-Azerbaijani border.",
    ),
    (
        -1,
        "criticism",
        "Some statements by the Armenian leadership do not correspond to the reality of what was done.",
    ),
    (
        -1,
        "criticism",
        "The accusations against the organization are unfounded; it was Yerevan that refused the mission.",
    ),
    (
        1,
        "cooperation",
        "The member states are ready to provide all necessary assistance to Armenia.",
    ),
    (1, "progress", "The summit was productive: the heads of state adopted eleven documents."),
    (
        1,
        "cooperation",
        "The organization continues to strengthen its crisis response capabilities in {W}.",
    ),
    (0, "factual", "The draft decision on assistance to Armenia was not signed at the summit."),
    (
        0,
        "position",
        "The organization respects the sovereign right of each member to decide on its participation.",
    ),
    (
        -1,
        "criticism",
        "It was Armenia that refused to accept the monitoring mission, and it must take responsibility for that.",
    ),
    (
        1,
        "welcome",
        "We welcome the agreement reached between the leaders of Armenia and Azerbaijan.",
    ),
    (
        0,
        "procedural",
        "The question of Armenia's share of the budget will be considered by the Council of Foreign Ministers.",
    ),
    (
        1,
        "fulfilled obligations",
        "The organization has always fulfilled its obligations to its members.",
    ),
    (
        -1,
        "criticism",
        "The deployment of a civilian mission of the European Union creates new risks for the region.",
    ),
    (
        0,
        "factual",
        "The secretary general informed the members about the situation in Central Asia.",
    ),
    (1, "support", "The CSTO stands in solidarity with Kazakhstan in the fight against terrorism."),
    (
        0,
        "no plans to leave",
        "None of the members has raised the question of withdrawal at the council.",
    ),
    (
        1,
        "hope",
        "We are confident that Armenia will resume full participation in the organization's work.",
    ),
    (
        -1,
        "threat",
        "The activity of NATO near the organization's borders poses a threat to collective security.",
    ),
]
