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

    /** An unrelated story, to give the index some company. */
    static final String UNRELATED = """
            Heavy rain flooded parts of the coastal city of Marrow on Sunday, forcing the closure of two schools and the main railway station.
            Emergency services evacuated about 300 residents from low-lying streets near the river.
            The weather office warned that more storms were expected along the coast until Thursday.
            Local officials said repairs to the damaged embankment would take several weeks.
            """;
}
