namespace Storyline.Language;

/// <summary>
/// The gazetteers, written for this project as plain facts. Countries: "Name|demonyms|capital|aliases".
/// Other lists: "Canonical|alias,alias".
/// </summary>
internal static class GazetteerData
{
    public const string Countries = """
        Afghanistan|Afghan,Afghans|Kabul|
        Albania|Albanian|Tirana|
        Algeria|Algerian|Algiers|
        Angola|Angolan|Luanda|
        Argentina|Argentine,Argentinian|Buenos Aires|
        Armenia|Armenian|Yerevan|
        Australia|Australian|Canberra|
        Austria|Austrian|Vienna|
        Azerbaijan|Azerbaijani,Azeri|Baku|
        Bahrain|Bahraini|Manama|
        Bangladesh|Bangladeshi|Dhaka|
        Belarus|Belarusian|Minsk|
        Belgium|Belgian|Brussels|
        Bolivia|Bolivian|La Paz|
        Bosnia and Herzegovina|Bosnian|Sarajevo|Bosnia
        Brazil|Brazilian|Brasilia|
        Bulgaria|Bulgarian|Sofia|
        Cambodia|Cambodian|Phnom Penh|
        Cameroon|Cameroonian|Yaounde|
        Canada|Canadian|Ottawa|
        Chile|Chilean|Santiago|
        China|Chinese|Beijing|People's Republic of China,PRC
        Colombia|Colombian|Bogota|
        Congo|Congolese|Kinshasa|Democratic Republic of Congo,DRC
        Costa Rica|Costa Rican|San Jose|
        Croatia|Croatian|Zagreb|
        Cuba|Cuban|Havana|
        Cyprus|Cypriot|Nicosia|
        Czech Republic|Czech|Prague|Czechia
        Denmark|Danish,Dane|Copenhagen|
        Ecuador|Ecuadorian|Quito|
        Egypt|Egyptian|Cairo|
        Estonia|Estonian|Tallinn|
        Ethiopia|Ethiopian|Addis Ababa|
        Finland|Finnish,Finn|Helsinki|
        France|French|Paris|
        Georgia|Georgian|Tbilisi|
        Germany|German|Berlin|
        Ghana|Ghanaian|Accra|
        Greece|Greek|Athens|
        Guatemala|Guatemalan|Guatemala City|
        Haiti|Haitian|Port-au-Prince|
        Honduras|Honduran|Tegucigalpa|
        Hungary|Hungarian|Budapest|
        Iceland|Icelandic|Reykjavik|
        India|Indian|New Delhi|
        Indonesia|Indonesian|Jakarta|
        Iran|Iranian|Tehran|
        Iraq|Iraqi|Baghdad|
        Ireland|Irish|Dublin|
        Israel|Israeli|Jerusalem|
        Italy|Italian|Rome|
        Ivory Coast|Ivorian|Yamoussoukro|Cote d'Ivoire
        Jamaica|Jamaican|Kingston|
        Japan|Japanese|Tokyo|
        Jordan|Jordanian|Amman|
        Kazakhstan|Kazakh|Astana|
        Kenya|Kenyan|Nairobi|
        Kosovo|Kosovar|Pristina|
        Kuwait|Kuwaiti|Kuwait City|
        Kyrgyzstan|Kyrgyz|Bishkek|
        Laos|Laotian|Vientiane|
        Latvia|Latvian|Riga|
        Lebanon|Lebanese|Beirut|
        Libya|Libyan|Tripoli|
        Lithuania|Lithuanian|Vilnius|
        Malaysia|Malaysian|Kuala Lumpur|
        Mali|Malian|Bamako|
        Mexico|Mexican|Mexico City|
        Moldova|Moldovan|Chisinau|
        Mongolia|Mongolian|Ulaanbaatar|
        Morocco|Moroccan|Rabat|
        Mozambique|Mozambican|Maputo|
        Myanmar|Burmese|Naypyitaw|Burma
        Nepal|Nepalese,Nepali|Kathmandu|
        Netherlands|Dutch|Amsterdam|Holland,The Netherlands
        New Zealand|New Zealander|Wellington|
        Nicaragua|Nicaraguan|Managua|
        Niger|Nigerien|Niamey|
        Nigeria|Nigerian|Abuja|
        North Korea|North Korean|Pyongyang|DPRK
        Norway|Norwegian|Oslo|
        Oman|Omani|Muscat|
        Pakistan|Pakistani|Islamabad|
        Palestine|Palestinian|Ramallah|Palestinian Territories
        Panama|Panamanian|Panama City|
        Paraguay|Paraguayan|Asuncion|
        Peru|Peruvian|Lima|
        Philippines|Filipino,Philippine|Manila|
        Poland|Polish,Pole|Warsaw|
        Portugal|Portuguese|Lisbon|
        Qatar|Qatari|Doha|
        Romania|Romanian|Bucharest|
        Russia|Russian,Russians|Moscow|Russian Federation
        Rwanda|Rwandan|Kigali|
        Saudi Arabia|Saudi|Riyadh|
        Senegal|Senegalese|Dakar|
        Serbia|Serbian,Serb|Belgrade|
        Singapore|Singaporean|Singapore|
        Slovakia|Slovak|Bratislava|
        Slovenia|Slovenian|Ljubljana|
        Somalia|Somali|Mogadishu|
        South Africa|South African|Pretoria|
        South Korea|South Korean|Seoul|Korea,Republic of Korea
        South Sudan|South Sudanese|Juba|
        Spain|Spanish,Spaniard|Madrid|
        Sri Lanka|Sri Lankan|Colombo|
        Sudan|Sudanese|Khartoum|
        Sweden|Swedish,Swede|Stockholm|
        Switzerland|Swiss|Bern|
        Syria|Syrian|Damascus|
        Taiwan|Taiwanese|Taipei|
        Tajikistan|Tajik|Dushanbe|
        Tanzania|Tanzanian|Dodoma|
        Thailand|Thai|Bangkok|
        Tunisia|Tunisian|Tunis|
        Turkey|Turkish,Turk|Ankara|Turkiye
        Turkmenistan|Turkmen|Ashgabat|
        Uganda|Ugandan|Kampala|
        Ukraine|Ukrainian|Kyiv|Kiev
        United Arab Emirates|Emirati|Abu Dhabi|UAE
        United Kingdom|British,Briton|London|UK,U.K.,Britain,Great Britain
        United States|American,Americans|Washington|US,U.S.,USA,U.S.A.,America,United States of America
        Uruguay|Uruguayan|Montevideo|
        Uzbekistan|Uzbek|Tashkent|
        Venezuela|Venezuelan|Caracas|
        Vietnam|Vietnamese|Hanoi|
        Yemen|Yemeni|Sanaa|
        Zambia|Zambian|Lusaka|
        Zimbabwe|Zimbabwean|Harare|
        Soviet Union|Soviet|Moscow|USSR,U.S.S.R.
        """;

    public const string Places = """
        New York|New York City,NYC
        Los Angeles|LA
        Chicago|
        Houston|
        Philadelphia|
        San Francisco|
        Boston|
        Seattle|
        Miami|
        Atlanta|
        Dallas|
        Detroit|
        Denver|
        Las Vegas|
        New Orleans|
        Baltimore|
        St. Petersburg|Saint Petersburg
        Shanghai|
        Hong Kong|
        Mumbai|Bombay
        Karachi|
        Lahore|
        Istanbul|
        Dubai|
        Mecca|
        Gaza|Gaza Strip
        West Bank|
        Tel Aviv|
        Aleppo|
        Mosul|
        Kandahar|
        Herat|
        Mazar-i-Sharif|Mazar-e-Sharif
        Nice|
        Marseille|
        Lyon|
        Cologne|
        Stuttgart|
        Naples|
        Venice|
        Florence|
        Turin|
        Seville|
        Valencia|
        Porto|
        Zurich|
        Brussels|
        Antwerp|
        Rotterdam|
        The Hague|
        Edinburgh|
        Glasgow|
        Birmingham|
        Liverpool|
        Leeds|
        Bristol|
        Cardiff|
        Belfast|
        Puerto Rico|
        Phoenix|
        San Diego|
        San Antonio|
        Austin|
        Nashville|
        Orlando|
        Pittsburgh|
        Cleveland|
        Cincinnati|
        Milwaukee|
        Minneapolis|
        St. Louis|
        Kansas City|
        Salt Lake City|
        Portland|
        Sacramento|
        Oakland|
        San Jose|
        Silicon Valley|
        Brooklyn|
        Manhattan|
        Queens|
        Bronx|
        Hollywood|
        Beverly Hills|
        Delhi|
        Bangalore|Bengaluru
        Kolkata|Calcutta
        Chennai|
        Jalalabad|
        Peshawar|
        Quetta|
        Basra|
        Fallujah|
        Raqqa|
        Idlib|
        Homs|
        Benghazi|
        Alexandria|
        Casablanca|
        Marrakech|
        Cape Town|
        Durban|
        Mombasa|
        Wuhan|
        Shenzhen|
        Guangzhou|
        Chengdu|
        Macau|
        Kyoto|
        Fukushima|
        Okinawa|
        Hiroshima|
        Busan|
        Incheon|
        Ho Chi Minh City|Saigon
        Yangon|Rangoon
        Bali|
        Geneva|
        Munich|
        Hamburg|
        Frankfurt|
        Milan|
        Barcelona|
        Manchester|
        Sydney|
        Melbourne|
        Toronto|
        Montreal|
        Vancouver|
        Rio de Janeiro|Rio
        Sao Paulo|
        Johannesburg|
        Lagos|
        Osaka|
        Kharkiv|
        Odesa|Odessa
        Donetsk|
        Crimea|
        Donbas|
        Chechnya|
        Siberia|
        Kashmir|
        Tibet|
        Xinjiang|
        Europe|
        Asia|
        Africa|
        Central Asia|
        Middle East|
        Latin America|
        South America|
        North America|
        Southeast Asia|
        South Asia|
        East Asia|
        Eastern Europe|
        Western Europe|
        Caucasus|
        Balkans|
        Scandinavia|
        Arctic|
        Antarctica|
        Persian Gulf|
        Mediterranean|
        Black Sea|
        Pacific|
        Atlantic|
        California|
        Texas|
        Florida|
        New Jersey|
        Pennsylvania|
        Ohio|
        Michigan|
        Illinois|
        Virginia|
        North Carolina|
        South Carolina|
        Massachusetts|
        Arizona|
        Nevada|
        Colorado|
        Oregon|
        Alabama|
        Louisiana|
        Kentucky|
        Tennessee|
        Missouri|
        Wisconsin|
        Minnesota|
        Iowa|
        Kansas|
        Oklahoma|
        Utah|
        Alaska|
        Hawaii|
        Maryland|
        Connecticut|
        Indiana|
        Mississippi|
        Arkansas|
        Nebraska|
        Idaho|
        Montana|
        Wyoming|
        Maine|
        Vermont|
        New Hampshire|
        Rhode Island|
        Delaware|
        West Virginia|
        New Mexico|
        North Dakota|
        South Dakota|
        Scotland|
        Wales|
        England|
        Northern Ireland|
        Quebec|
        Ontario|
        Bavaria|
        Catalonia|
        Sicily|
        """;

    public const string Organizations = """
        United Nations|UN,U.N.
        UN Security Council|Security Council,United Nations Security Council
        UN General Assembly|General Assembly
        NATO|North Atlantic Treaty Organization
        European Union|EU,E.U.
        European Commission|
        European Parliament|
        World Bank|
        International Monetary Fund|IMF
        World Health Organization|WHO
        World Trade Organization|WTO
        OPEC|
        G20|G-20,Group of 20
        G7|G-7,Group of Seven
        ASEAN|
        African Union|AU
        Arab League|
        Red Cross|International Committee of the Red Cross,ICRC
        Amnesty International|Amnesty
        Human Rights Watch|HRW
        International Criminal Court|ICC
        International Atomic Energy Agency|IAEA
        UNICEF|
        UNHCR|
        Shanghai Cooperation Organisation|SCO,Shanghai Cooperation Organization
        Collective Security Treaty Organization|CSTO
        Taliban|Taleban
        Al-Qaeda|al-Qaeda,al Qaeda,Al Qaeda,al-Qaida
        Islamic State|IS,ISIS,ISIL,Daesh,Islamic State group
        Hamas|
        Hezbollah|
        Houthis|
        Kremlin|
        White House|
        Pentagon|
        State Department|US State Department
        Congress|US Congress
        Senate|US Senate
        House of Representatives|
        Supreme Court|
        Federal Reserve|Fed
        FBI|Federal Bureau of Investigation
        CIA|Central Intelligence Agency
        NSA|National Security Agency
        Department of Justice|Justice Department,DOJ
        Department of Homeland Security|DHS
        Department of Defense|Defense Department
        Environmental Protection Agency|EPA
        Food and Drug Administration|FDA
        Centers for Disease Control and Prevention|CDC
        NASA|
        Downing Street|
        Elysee|Elysee Palace
        Bundestag|
        Duma|State Duma
        Knesset|
        Politburo|
        Foreign Ministry|
        Defence Ministry|Defense Ministry
        Interior Ministry|
        Reuters|Thomson Reuters
        Associated Press|AP
        Agence France-Presse|AFP
        TASS|ТАСС,ITAR-TASS
        RIA Novosti|RIA
        Interfax|
        Xinhua|
        Bloomberg|
        BBC|
        CNN|
        Al Jazeera|
        Fox News|
        NBC|NBC News
        CBS|CBS News
        ABC News|ABC
        NPR|
        DPA|
        EFE|
        ANSA|
        Kyodo|
        Yonhap|
        Anadolu|Anadolu Agency
        UPI|United Press International
        The New York Times|New York Times
        The Washington Post|Washington Post
        The Wall Street Journal|Wall Street Journal,WSJ
        The Guardian|Guardian
        The Moscow Times|Moscow Times
        Radio Free Europe/Radio Liberty|RFE/RL
        Apple|
        Google|
        Microsoft|
        Amazon|
        Facebook|
        Meta|
        Twitter|
        Tesla|
        Boeing|
        Airbus|
        Gazprom|
        Rosneft|
        Huawei|
        Samsung|
        Toyota|
        Volkswagen|
        Exxon|ExxonMobil
        Walmart|
        Netflix|
        Uber|
        Republican Party|GOP,Republicans
        Democratic Party|Democrats
        Labour Party|Labour
        Conservative Party|Conservatives,Tories
        Pfizer|
        Moderna|
        Olympics|Olympic Games
        NFL|National Football League
        NBA|National Basketball Association
        MLB|Major League Baseball
        NHL|
        FIFA|
        UEFA|
        IOC|International Olympic Committee
        Formula One|F1
        Ferrari|
        Sony|
        SpaceX|
        YouTube|
        Instagram|
        WhatsApp|
        Snapchat|
        LinkedIn|
        Nintendo|
        Intel|
        IBM|
        Oracle|
        Nvidia|
        Alibaba|
        Tencent|
        Baidu|
        Goldman Sachs|
        JPMorgan|JPMorgan Chase
        Morgan Stanley|
        Citigroup|Citi
        HSBC|
        Barclays|
        Deutsche Bank|
        Ford|
        General Motors|GM
        Nissan|
        Honda|
        BMW|
        Shell|Royal Dutch Shell
        BP|
        Chevron|
        Disney|Walt Disney
        Warner Bros|
        Universal|
        Paramount|
        Spotify|
        PayPal|
        eBay|
        Visa|
        Mastercard|
        American Airlines|
        United Airlines|
        Lufthansa|
        Emirates|
        Ryanair|
        EasyJet|
        Greenpeace|
        Medecins Sans Frontieres|Doctors Without Borders,MSF
        Interpol|
        Europol|
        Scotland Yard|Metropolitan Police
        Bundeswehr|
        Hezb-e-Islami|
        Haqqani network|
        Boko Haram|
        Al-Shabaab|al-Shabab
        Muslim Brotherhood|
        KCNA|Korean Central News Agency
        Deutsche Presse-Agentur|Deutsche Presse Agentur
        Press Association|PA
        The Lancet|Lancet
        The Times|Times
        The Economist|Economist
        Financial Times|FT
        Le Monde|
        Der Spiegel|Spiegel
        NHS|National Health Service
        Home Office|
        Foreign Office|
        Treasury|
        Treasury Department|
        Ministry of Defence|MoD
        European Space Agency|ESA
        Roscosmos|
        """;
}
