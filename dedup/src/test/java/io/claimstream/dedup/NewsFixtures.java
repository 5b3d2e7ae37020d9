package io.claimstream.dedup;

/**
 * Invented news about an invented country, written to reproduce the copy patterns seen on real news sites: the
 * original wire story, a copy inside other site chrome, an attributed rewrite, a synonym-spun rewrite, a French
 * translation, and an independent report of the same event by another outlet.
 */
final class NewsFixtures {

    private NewsFixtures() {
    }

    static final String ORIGINAL = """
            Norland's mining ministry signed a lithium supply agreement with Valtra Resources on Tuesday, giving the Canadian company rights to the Keshet deposit for 25 years.
            The deal, valued at $1.8 billion, requires Valtra to build a processing plant near the northern town of Ardeno before 2029.
            "This agreement turns our lithium into jobs for Norland," Mining Minister Tomas Ibsen told reporters in the capital Velmar.
            Valtra chief executive Grace Holloway said the company would hire 2,400 local workers and export concentrate through the port of Saltwick.
            Opposition lawmakers criticised the ministry for signing the contract without a public tender.
            Norland holds the largest lithium reserves in the region, and demand from battery makers has tripled since 2027.
            The ministry said it expected the first shipments within three years.
            """;

    static final String IN_OTHER_CHROME = """
            HOME | WORLD | BUSINESS
            Norland signs lithium deal with Valtra
            By Staff Reporter
            May 6, 2031
            """ + ORIGINAL + """
            RECOMMENDATION
            Share this article: Facebook Twitter WhatsApp
            Source: https://wirenews.com/norland-lithium
            """;

    static final String ATTRIBUTED_REWRITE = """
            On Tuesday, the mining ministry of Norland signed an agreement with Valtra Resources for the supply of lithium, handing the Canadian firm the rights to the Keshet deposit for 25 years.
            Valued at $1.8 billion, the deal obliges Valtra to construct a processing plant close to Ardeno, a town in the north, by 2029.
            Mining Minister Tomas Ibsen told reporters in Velmar that the agreement would turn Norland's lithium into jobs.
            Grace Holloway, the chief executive of Valtra, said the company plans to hire 2,400 local workers and ship concentrate via the port of Saltwick.
            Lawmakers from the opposition criticised the ministry for awarding the contract without any public tender.
            With the largest lithium reserves in the region, Norland has seen demand from battery makers triple since 2027.
            First shipments are expected within three years, according to the ministry.
            Original Source: www.wirenews.com
            """;

    static final String SYNONYM_SPUN = """
            Norland's mining department inked a lithium provision pact with Valtra Resources on Tuesday, granting the Canadian business rights to the Keshet deposit for 25 years.
            The agreement, worth $1.8 billion, obliges Valtra to erect a processing facility near the northern town of Ardeno before 2029.
            "This pact converts our lithium into employment for Norland," Mining Minister Tomas Ibsen informed journalists in the capital Velmar.
            Valtra chief executive Grace Holloway stated the firm would employ 2,400 local workers and ship concentrate through the harbour of Saltwick.
            Opposition legislators slammed the department for signing the contract without an open tender.
            Norland holds the biggest lithium reserves in the region, and demand from battery producers has tripled since 2027.
            The department said it anticipated the first shipments within three years.
            """;

    static final String FRENCH_TRANSLATION = """
            Le ministère des Mines de Norland a signé mardi un accord d'approvisionnement en lithium avec Valtra Resources, accordant à la société canadienne les droits sur le gisement de Keshet pour 25 ans.
            L'accord, évalué à 1,8 milliard de dollars, oblige Valtra à construire une usine de traitement près de la ville d'Ardeno, dans le nord, avant 2029.
            « Cet accord transforme notre lithium en emplois pour Norland », a déclaré le ministre des Mines Tomas Ibsen aux journalistes à Velmar, la capitale.
            La directrice générale de Valtra, Grace Holloway, a indiqué que l'entreprise embaucherait 2 400 travailleurs locaux et exporterait le concentré par le port de Saltwick.
            Les députés de l'opposition ont critiqué le ministère pour avoir signé le contrat sans appel d'offres public.
            Le Norland détient les plus grandes réserves de lithium de la région, et la demande des fabricants de batteries a triplé depuis 2027.
            """;

    static final String GERMAN_TRANSLATION = """
            Das Bergbauministerium von Norland hat am Dienstag einen Liefervertrag für Lithium mit Valtra Resources unterzeichnet und dem kanadischen Unternehmen die Rechte an der Lagerstätte Keshet für 25 Jahre übertragen.
            Der Vertrag im Wert von 1,8 Milliarden Dollar verpflichtet Valtra, bis 2029 in der Nähe der nördlichen Stadt Ardeno eine Verarbeitungsanlage zu bauen.
            „Dieses Abkommen macht aus unserem Lithium Arbeitsplätze für Norland“, sagte Bergbauminister Tomas Ibsen vor Journalisten in der Hauptstadt Velmar.
            Valtra-Chefin Grace Holloway kündigte an, das Unternehmen werde 2.400 einheimische Arbeiter einstellen und das Konzentrat über den Hafen von Saltwick exportieren.
            Abgeordnete der Opposition kritisierten das Ministerium, weil es den Vertrag ohne öffentliche Ausschreibung unterzeichnet habe.
            Norland verfügt über die größten Lithiumreserven der Region, und die Nachfrage der Batteriehersteller hat sich seit 2027 verdreifacht.
            """;

    static final String ITALIAN_TRANSLATION = """
            Il ministero delle Miniere di Norland ha firmato martedì un accordo di fornitura di litio con Valtra Resources, concedendo alla società canadese i diritti sul giacimento di Keshet per 25 anni.
            L'accordo, del valore di 1,8 miliardi di dollari, obbliga Valtra a costruire un impianto di lavorazione vicino alla città settentrionale di Ardeno entro il 2029.
            «Questo accordo trasforma il nostro litio in posti di lavoro per Norland», ha detto ai giornalisti a Velmar il ministro delle Miniere Tomas Ibsen.
            L'amministratrice delegata di Valtra, Grace Holloway, ha detto che l'azienda assumerà 2.400 lavoratori locali ed esporterà il concentrato dal porto di Saltwick.
            I parlamentari dell'opposizione hanno criticato il ministero per aver firmato il contratto senza una gara pubblica.
            """;

    /** The event as a German outlet reported it itself: the deal's names and its headline figure, its own sources. */
    static final String GERMAN_INDEPENDENT_REPORT = """
            Der kanadische Bergbaukonzern Valtra Resources darf in Norland Lithium fördern: Die Regierung in Velmar erteilte am Mittwoch eine Lizenz für die Lagerstätte Keshet.
            Die Aktie von Valtra stieg in Toronto um 6 Prozent, nachdem das Unternehmen Investitionen von rund 1,8 Milliarden Dollar angekündigt hatte.
            Umweltgruppen in Ardeno warnen vor dem Wasserverbrauch des Projekts im trockenen Norden des Landes.
            „Niemand hat uns gefragt, wie viel Wasser die Anlage verbrauchen wird“, sagte Lena Moss von der Ardeno Water Alliance.
            Analysten von Brightline Capital sehen Valtra damit unter den fünf größten Lithiumproduzenten außerhalb Chinas.
            """;

    /** A digest entry: the headline and the opening of the original, word for word, and a link. */
    static final String TEASER = """
            Norland signs lithium deal with Valtra
            Norland's mining ministry signed a lithium supply agreement with Valtra Resources on Tuesday, giving the Canadian company rights to the Keshet deposit for 25 years.
            The deal, valued at $1.8 billion, requires Valtra to build a processing plant near the northern town of Ardeno before 2029.
            Read the full story at wirenews.com
            """;

    /** Another outlet's own piece that quotes the ministry's statement, which the original printed as its own prose. */
    static final String CITING_REPORT = """
            Norland's government defended its lithium contract with Valtra Resources on Thursday as opposition lawmakers prepared a motion against it.
            "Norland holds the largest lithium reserves in the region, and demand from battery makers has tripled since 2027," the ministry said in a statement.
            "The ministry said it expected the first shipments within three years," a spokesperson repeated when asked about delays.
            Opposition leader Hana Brecht said the party would ask the courts to suspend the contract until a tender is held.
            The motion is expected to reach parliament next week, where the governing coalition holds a narrow majority.
            """;

    /** Same event, same names and figures, written independently: not a duplicate. */
    static final String INDEPENDENT_REPORT = """
            Valtra Resources will develop the Keshet lithium deposit after Norland approved a 25-year licence, the Canadian miner announced on Wednesday.
            Shares in Valtra rose 6 percent in Toronto following the announcement.
            The company expects to spend about $1.8 billion over the first phase, chief financial officer Martin Adeyemi said on a call with analysts.
            Environmental groups in Ardeno warned that the project would draw heavily on scarce water supplies in the dry north.
            "We have not been consulted on how much water the plant will take," said Lena Moss of the Ardeno Water Alliance.
            Analysts at Brightline Capital said the licence makes Valtra one of the five largest lithium producers outside China.
            Norland's government did not respond to a request for comment.
            """;

    /**
     * The independent report again, with a closing paragraph that names the original's people and figures: in another
     * language those would pass for a translation's, in its own language the sentences show it is not a copy.
     */
    static final String INDEPENDENT_REPORT_NAMING_EVERYONE = INDEPENDENT_REPORT + """
            Neither Grace Holloway nor Mining Minister Tomas Ibsen took questions in Velmar or Saltwick on Friday.
            Critics note that 2,400 jobs, a plant by 2029 and a 25-year licence were all promised before, in 2027.
            """;

    /** An unrelated story, to give the index some company. */
    static final String UNRELATED = """
            Heavy rain flooded parts of the coastal city of Marrow on Sunday, forcing the closure of two schools and the main railway station.
            Emergency services evacuated about 300 residents from low-lying streets near the river.
            The weather office warned that more storms were expected along the coast until Thursday.
            Local officials said repairs to the damaged embankment would take several weeks.
            """;
}
