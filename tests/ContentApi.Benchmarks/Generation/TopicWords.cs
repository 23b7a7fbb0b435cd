namespace ContentApi.Benchmarks.Generation;

/// <summary>
/// Real words mixed into the lorem text so search and related articles have something to find:
/// 30 topics of 10 words (each word is also a tag), general news words, places.
/// </summary>
public static class TopicWords
{
    public static readonly string[][] Topics = Split(
        "climate emissions drought glacier wildfire heatwave carbon renewables flooding biodiversity",
        "economy inflation recession unemployment wages budget deficit tariffs exports currency",
        "elections ballot campaign polling referendum turnout candidates parliament coalition opposition",
        "health vaccine pandemic hospitals nurses epidemic cholera malnutrition medicine clinics",
        "energy oil pipeline refinery electricity blackout solar nuclear gasoline opec",
        "airstrike ceasefire militia artillery drones troops insurgency checkpoint shelling casualties",
        "diplomacy embassy sanctions treaty summit negotiations envoy mediation ambassador alliance",
        "refugees asylum migrants displacement camps border deportation resettlement humanitarian smuggling",
        "technology software startups semiconductors cybersecurity surveillance encryption internet smartphones algorithms",
        "education schools teachers universities students curriculum literacy scholarships exams classrooms",
        "courts judges trial verdict prosecutors lawyers prison detention appeal constitution",
        "journalism censorship newspapers broadcasters reporters propaganda disinformation podcasts editors publishers",
        "culture cinema literature poetry museums theatre festival music artists heritage",
        "football olympics stadium tournament athletes league championship coach marathon cricket",
        "agriculture farmers harvest wheat irrigation livestock fertiliser famine olives fisheries",
        "water rivers dams aquifer desalination sanitation rainfall reservoir wells watershed",
        "housing rents mortgages evictions construction landlords tenants homelessness zoning neighbourhoods",
        "unions strikes workers factories pensions overtime layoffs apprentices contractors payroll",
        "rights activists torture freedom protest dissidents amnesty repression equality discrimination",
        "women feminism maternity childcare harassment gender girls mothers widows suffrage",
        "religion mosque church synagogue clergy pilgrimage ramadan sectarian secular interfaith",
        "transport railways airports aviation highways shipping ports traffic buses logistics",
        "banks investors bonds stocks markets lending debt bankruptcy cryptocurrency fintech",
        "science research laboratory physics astronomy genetics satellites telescope chemistry scientists",
        "intelligence espionage terrorism police counterterrorism informants militants weapons explosives arrests",
        "cities mayors municipal urban suburbs parks pollution sewage infrastructure districts",
        "trade imports customs containers suppliers manufacturing wholesale embargo freight commodities",
        "history archives empire colonial independence monuments archaeology dynasty revolution memoir",
        "food bread prices groceries bakeries restaurants cuisine hunger subsidies rations",
        "government ministers corruption bureaucracy reforms cabinet decree transparency accountability governors");

    public static readonly string[] General = """
        officials said according report statement spokesperson announced crisis region country international
        local residents villagers authorities sources analysts experts agency million billion percent week month
        year yesterday today capital province northern southern eastern western president prime minister leaders
        community families children people public policy plan programme security funding investigation warned
        described increase decline support criticism agreement talks deal vote law bill committee council
        protesters demonstrators negotiators donors volunteers survey study data figures evidence witnesses
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    public static readonly string[] Places = """
        Gaza Syria Lebanon Jerusalem Cairo Baghdad Damascus Beirut Amman Tehran Istanbul Ankara Riyadh Doha
        Sanaa Khartoum Tripoli Tunis Algiers Rabat Washington London Paris Berlin Brussels Geneva Moscow Kyiv
        Beijing Delhi Karachi Kabul Nairobi Lagos Johannesburg Jakarta Dhaka Madrid Rome Athens
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    public static readonly (string Name, string? Domain)[] Sources =
    [
        ("Reuters", "reuters.example"), ("Associated Press", null), ("AFP", null), ("Al Jazeera", "aljazeera.example"),
        ("Middle East Eye", "middleeasteye.example"), ("Anadolu Agency", null), ("The Guardian", "guardian.example"),
        ("BBC News", null), ("Mondoweiss", "mondoweiss.example"), ("Haaretz", "haaretz.example"),
    ];

    private static string[][] Split(params string[] topics)
    {
        var words = topics.Select(t => t.Split(' ')).ToArray();
        var all = words.SelectMany(w => w).ToList();
        // Each word is a tag slug too, so a repeat would be a duplicate tag.
        return all.Distinct(StringComparer.Ordinal).Count() == all.Count && words.All(w => w.Length == 10)
            ? words
            : throw new InvalidOperationException("Topic words must be 10 per topic and unique.");
    }
}
