package screen

import (
	"slices"
	"strings"
)

// Words that are one word to a reader of names and several to an edit
// distance: given names across languages, and the words companies are
// named with, in English and as the list transliterates them. Each line of
// equivalentLines is one word; the index treats its forms as spellings of
// one another (variantSim), as it does the spellings the list itself
// pairs for one party.
var equivalentLines = slices.Concat(slavicGivenNames, lookAlikeNames, romanceGivenNames, muslimGivenNames, companyWords, koreanSurnames, chineseSurnames, countryWords)

// East Slavic given names in their Russian, Ukrainian and Belarusian forms,
// in the romanisations the list and payees' documents use. One person is
// "Igor" in a Russian passport, "Ihor" in a Ukrainian one and "Ihar" in a
// Belarusian one: the forms differ in more letters than a typo, so no edit
// distance pairs them. Only forms that are not another common name are
// listed ("Paul" is not "Pavel" to an analyst). German, Polish and French
// papers write the Russian name their way: Juri, Jewgeni, Jekaterina,
// Iouri, Evgueni.
var slavicGivenNames = []string{
	"aleksandr alexandr alexander aleksander oleksandr olexandr oleksander aliaksandr alyaksandr aleksandar",
	"aleksandra alexandra oleksandra olexandra aliaksandra alyaksandra",
	"aleksey alexey aleksei alexei alexej aleksej oleksiy oleksii olexiy olexii oleksij aliaksei alyaksei alyaksey",
	"igor ihor ihar",
	"anzhelika angelika anjelika andzhelika",
	"anzhela anjela andzhela",
	"oleg oleh aleh",
	"nikolai nikolay nikolaj nicolai mykola mikalai mikola",
	"elena yelena jelena olena alena alyona",
	"vladimir volodymyr uladzimir wladimir",
	"petr pyotr piotr petro piatro",
	"pavel pavlo paval",
	"sergey sergei sergej serguei serhiy serhii serhij sergiy siarhei siarhey",
	"andrey andrei andrej andriy andrii andrij",
	"dmitry dmitriy dmitri dmitrii dmytro dzmitry dzmitryi dmitrij dimitri dimitry dimitrij",
	"yuri yuriy yury yurii iurii iury iuriy jurij yurij juri jury jurii iouri youri",
	"vasily vasiliy vasili vasilii vasilij vasyl vasil wassili wassilij",
	"grigory grigoriy grigorii grigorij hryhoriy hryhorii ryhor",
	"mikhail mykhailo mykhaylo mikhailo mikhas michail",
	"evgeny evgeniy evgenii yevgeny yevgeniy yevgenii yevhen yevhenii yauhen jewgeni jewgenij jewgeny evgueni evgueny ievgueni ievgen ievgenii",
	"evgeniya evgenia yevgeniya yevgenia yevheniia yevheniya yauheniya",
	"anatoly anatoliy anatolii anatol anatoli anatolij",
	"valery valeriy valerii valeri valerij walerij",
	"vitaly vitaliy vitalii vitali vitalij witalij",
	"georgy georgiy georgii georgi georgij gueorgui heorhiy heorhii",
	"maksim maxim maksym",
	"bogdan bohdan",
	"galina halyna halina",
	"lyudmila ludmila liudmila liudmyla lyudmyla ludmyla",
	"irina iryna",
	"olga olha volha",
	"tatyana tatiana tetiana tetyana tatsiana",
	"ekaterina yekaterina kateryna katsiaryna katerina jekaterina iekaterina",
	"natalya natalia nataliya natallia",
	"gennady gennadiy gennadii gennadij guennadi hennadiy hennadii henadz",
	"konstantin kostiantyn kostyantyn kanstantsin",
	"vyacheslav viacheslav vyachaslau viachaslau wjatscheslaw",
	"vadim vadym wadim",
	"stanislav stanislau stanislaw",
	"yaroslav yaraslau jaroslav jaroslaw",
	"vladislav vladyslav uladzislau wladislaw",
	"svetlana svitlana sviatlana",
	"anastasia anastasiya anastasiia",
	"yulia yuliya yuliia julija julia julie iulia",
	"valentina valentyna",
	"valentin valentyn",
	"leonid leanid",
	"kirill kyrylo kiryl kyrill",
	"fedor fyodor fedir fjodor fiodor feodor",
	"boris borys barys",
	"denis denys dzianis",
	"arkady arkadiy arkadii arkadij",
	"timofey tymofiy tsimafei timofei",
	"nadezhda nadiya nadzeya",
	"larisa larysa",
	"svyatoslav sviatoslav",
	"semyon semen semjon",
	"ilya ilia ilja illia iliya",
	"yakov yakiv jakov jakow iakov",
	"yegor egor jegor iegor",
	"kseniya ksenia kseniia ksenija xenia",
	"artem artyom artiom artjom",
	"gleb hlib hleb",
	"mikhaylovich mikhailovich mykhailovych mykhaylovych mikhailavich",
	"aleksandrovich oleksandrovych aliaksandravich",
	"nikolayevich nikolaevich mykolayovych mykolaiovych",
	"vladimirovich volodymyrovych uladzimiravich",
	"petrovich petrovych piatrovich",
	"ivanovich ivanovych ivanavich",
	"sergeyevich sergeevich serhiyovych siarheevich",
	"vasilyevich vasilievich vasylovych",
	"yuryevich yurievich yuriyovych",
	"nikolayevna nikolaevna mykolayivna mykolaivna",
	"aleksandrovna oleksandrivna",
	"vladimirovna volodymyrivna",
	// Armenian given names as Armenian passports and Russian papers write
	// them: Russian has no h, and writes g (Hayk, Gayk).
	"hayk gayk haik ayk", "harutyun arutyun harutiun", "hovhannes oganes ovanes hovanes",
	"hakob akop hakop", "hamlet gamlet", "hrachya grachya hrachia", "hovsep ovsep", "hrayr grayr",
	"hmayak gmayak", "hripsime ripsime", "hasmik asmik",
}

// Given names of Arabic origin in their Arabic, Persian, Turkish, Central
// Asian and Russian forms, where the forms differ in more than one letter
// or in letters that no rule pairs: the same person is "Rida" in an Arabic
// document and "Reza" in an Iranian one, "Ahmad" in one and "Ahmet" in a
// Turkish one, "Ibrahim" and "Ibragim" in a Russian one.
var muslimGivenNames = []string{
	"reza rida ridha redha",
	"osman uthman othman usman osmon",
	"ibrahim ebrahim ibragim ibrohim ibraheem",
	"ahmad ahmed ahmet akhmed akhmad",
	// Mohd, Muhd and Md are how Malaysia and Bangladesh abbreviate it.
	"muhammad mohammad mohammed muhammed mohamed mohamad muhamad mehmet mehmed magomed mukhammad mukhammed mohd muhd md",
	"mahmoud mahmud mahmut makhmud",
	"yahya yahia yehia jahja",
	"nur noor nour",
	"nuh nouh nooh noah",
	// The pilgrim's title as a surname, in Egypt's g and the Maghreb's dj.
	"hajj haj hag hadj",
}

// lookAlikeNames are given names that look alike but are two names to an
// Arabic reader, each line one name in its spellings: Hassan حسن and
// Hussein حسين, Omar عمر and Amir أمير, Said سعيد, Sayyid سيد, Saad سعد
// and Saud سعود, Jamal جمال and Jamil جميل, Khalid خالد and Khalil خليل.
// differentNames keeps them apart. Only pairs the list itself keeps apart
// are here: it gives one party as both Hassan and Hussein in 3 entries of
// the 73 that hold Hussein, as Omar and Amir in 1 of 36, as Khalid and
// Khalil in none of 27; Salim and Salem (8 of 15), Salah and Saleh (9 of
// 24), Nasr and Nasser (9 of 19), Samir and Samer (4 of 9), and Mahmud and
// Muhammad (11 of 44) it pairs as often as spellings of one name, and
// they are not.
var lookAlikeNames = []string{
	"jamal gamal cemal djamel djamal dzhamal",
	"jamil gamil cemil djamil dzhamil",
	"sayyid seyed seyyed sayed syed sayyed sid", // sid: سيد as the Arabic-script reader spells it
	"hassan hasan hassen hasen hacen hacene",
	// hasin: حسين as the Arabic-script reader spells it (translit_semitic.go).
	"hussein husein hussain husain husayn hussayn hossein hosein hosseyn huseyin huseyn guseyn gusein housein hasin houcein houcine hocine houssine",
	"husni hosni housni hasni", // hasni: حسني as the Arabic-script reader spells it, and the Maghreb's spelling
	"omar umar omer umer",
	"amir ameer emir",
	"said saeed saied saaid",
	"saad",
	"saud saoud",
	"saadi saady",
	"khalid khaled",
	"khalil khaleel",
	"rashid rasheed rachid",
	"rashad rachad",
	"samir sameer",
	"sami samy",
	"fahd fahad",
	"fuad fouad",
	// Salam سلام, Salah صلاح and Salim سليم: one slip apart in Latin
	// letters, and learned as one name from the few entries that give
	// two of them. Salem سالم is left out: the list pairs it with Salim
	// as often as a spelling.
	"salam salaam",
	"salah",
	"salim saleem selim",
}

// companyWords are the words Russian, Iranian and Chinese companies are named with,
// in English and transliterated: the list gives "Arzamassky Priborostroitelny
// Zavod" and "Arzamassky Priborostroitelny Factory" for one firm, and a
// payee's bank may hold either. Only words of what a company is or does
// are here, never a word that could be a name on its own.
var companyWords = []string{
	// Russian, as normalize.go transliterates it and as the list spells it.
	"factory factories zavod zavoda plant kombinat combine",
	// Nauchno-: the list gives "Nauchno-Proizvodstvennoe Obyedinenie" as
	// "Scientific Production Association" and as "Research and
	// Production Association".
	// R&D (ampJoin) is research and development.
	"scientific research rd nauchno nauchnoye nauchnoe nauchny nauchnyy nauchnaya issledovatelskiy issledovatelsky",
	"production proizvodstvennoye proizvodstvennoe proizvodstvennaya proizvodstvenny proizvodstva tolid tolidi tulidi tulid manufacturing",
	"association obyedineniye obedinenie obyedinenie obyedineniya obedineniya",
	"enterprise predpriyatiye predpriyatie predpriyatiya",
	"center centre tsentr tsentra",
	"institute institut instituta",
	"technologies technology technological tekhnologii tekhnologiya tekhnologi tekhnolodzhi tekhnolodzhis teknolodzhi teknolodzhiz keji jishu teknoloji fanavari fanavri " + russianAdjective("tekhnologichesk"),
	"electronics elektroniks elektronika dianzi elektronik",
	"engineering inzhiniring mohandesi gongcheng muhendislik mahndsi",
	"logistics lodzhistiks logistika wuliu lojistik logistik",
	// Capital as Russian, German and the Turkic languages write it
	// (BANK TORGOVY KAPITAL is Trade Capital Bank).
	"capital kapital",
	"television tv televizion televizyon",
	"international mezhdunarodny mezhdunarodnyy mezhdunarodnyj mezhdunarodnaya mezhdunarodnoye mezhdunarodnoe guoji uluslararasi binalmll beynolmelal",
	"investment investitsionny investitsionnyy investitsionnaya investitsii touzi yatirim",
	"state gosudarstvenny gosudarstvennyy gosudarstvennoye gosudarstvennoe gosudarstvennaya",
	"complex kompleks mojtame mojtama",
	"concern kontsern",
	"group gruppa grupp grupo gruppo grupa groupe jituan grup jarub jrub",
	// Turkish dış ticaret, foreign trade.
	"foreign dis",
	"holding kholding kholdingovaya konggu",
	"missile rocket raketny raketnyy",
	"design konstruktorskoye konstruktorskoe",
	"bureau byuro",
	"shipbuilding sudostroitelny sudostroitelnyy sudostroitelnaya",
	"shipyard dockyard verf",
	"port seaport",
	"maritime " + russianAdjective("morsk"),
	"chemical huagong kimya shimyayi shimiaei " + russianAdjective("khimichesk"),
	"aviation aviatsionny aviatsionnyy aviatsionnaya hangkong havacilik",
	"industrial industriel industrielle shiye " + russianAdjective("promyshlenn"),
	"named imeni",
	"management upravlyayushchaya upravleniye guanli",
	"trade trading torgovy torgovyy torgovaya tejarat tejarati bazargani maoyi shangmao ticaret tijara tjara altjara laltjara latjara taridingh tridingh muyok commerce bazrgani tajart",
	"energy energiya nengyuan enerji inarji anarji anrazhi",
	"auto avto",
	"oil petroleum neft neftyanaya neftyanoy neftyanoye neftyanoe shiyou awil naft petroleo petroleos petrolera",
	// Spanish: "Ferreteria SA" is any hardware store, no FERRETERIA
	// VIOSMA.
	"hardware ferreteria fereteria",
	"russian rossiyskaya rossiiskaya rossiskaya rossiyskiy rossiiskii rossiiskiy rossiyskiye rossiiskie rossiskie rossiyskoye rossiiskoe rossiskoe rossiyskogo rossiiskogo rossiskogo rossiyskoy rossiiskoi rossiskoi rossiski",
	"federal " + russianAdjective("federaln"),
	"autonomous avtonomnoe avtonomnoye avtonomnaya",
	"institution uchrezhdenie uchrezhdeniye foundation establishment muassasat muassassat moasseseh moassese",
	"refinery refineries refining refineria palayesh palaysh",
	"brigade brigades battalion battalions katiba katibat kataib",
	"directorate department",
	// A ministry of the interior is one of internal affairs (MVD,
	// Ministerstvo Vnutrennikh Del).
	"interior internal vnutrennikh",
	"unitary unitarnoe unitarnoye",
	"budgetary byudzhetnoe byudzhetnoye",
	"central " + russianAdjective("tsentraln"),
	"commercial " + russianAdjective("kommerchesk"),
	// Adjectives of a firm's trade, in their Russian cases.
	"technical " + russianAdjective("tekhnichesk"),
	"mechanical " + russianAdjective("mekhanichesk"),
	"electromechanical " + russianAdjective("elektromekhanichesk"),
	"optical optiko " + russianAdjective("optichesk"),
	"metallurgical " + russianAdjective("metallurgichesk"),
	"electrical " + russianAdjective("elektrichesk"),
	"national " + russianAdjective("natsionaln"),
	// Oblast, the region of Russia and its neighbours, as the list
	// writes it beside Regional ("Gomel Oblast Executive Committee").
	"regional oblast oblasti " + russianAdjective("regionaln") + " " + russianAdjective("oblastn"),
	"special " + russianAdjective("spetsialn"),
	"cartridge " + russianAdjective("patronn"),
	"battery " + russianAdjective("akkumulyatorn"),
	"crane " + russianAdjective("kranov"),
	"coal " + russianAdjective("ugoln"),
	"glass steklo stekla " + russianAdjective("stekoln"),
	"casting liteyno " + russianAdjective("liteyn"),
	"exhibition " + russianAdjective("vystavochn"),
	"pipe tube " + russianAdjective("trubn"),
	"tractor " + russianAdjective("traktorn"),
	"electronic " + russianAdjective("elektronn"),
	"systems system sistemy sistema sistemleri",
	// Persian, in the spellings of the list's Iranian entries and as
	// normalize.go reads the words in Persian letters (صنایع sanaya,
	// گسترش gastrsh, پالایش palaysh).
	"industry industries sanat sanaye sanaat sanati sanayi gongye sanaya",
	"agriculture agricultural " + russianAdjective("selskokhozyaystvenn"),
	"agricola agricultura agricolas",
	"petrochemical petroshimi petrochimi petrochem petrochemicals batrukim batrukimavyat batrukimawiyat patrushimi",
	"steel foulad fulad gangtie",
	"cement siman",
	"shipping kashtirani keshtirani haiyun hangyun chuanwu denizcilik shhn alshhn lalshhn " + russianAdjective("sudokhodn"),
	"construction sakhteman sakhtemani omran jianshe insaat sakhtman amaran",
	"housing maskan maskn",
	"market marketplace rynok",
	// The shops and services a person's name is given to ("Ali Hassan
	// Nasrallah Bakery"): a firm's words, which a listed person lacks.
	"bakery bakeries",
	"restaurant restaurants",
	"pharmacy pharmacies drugstore",
	"supermarket supermarkets",
	"clinic clinics",
	"hospital hospitals",
	"hotel hotels",
	"store stores shop shops",
	"salon",
	"garage",
	"autoparts",
	"property properties imoti",
	// Real estate: "Real Estate LLC" names no firm of its own (VTB REAL
	// ESTATE).
	"estate realty",
	"real",
	"dairy lecheria",
	"unity oneness",
	"information intelligence ettelaat etelaat atlat",
	"ministry vezarat vezarate ministerstvo ministerstva",
	"security amniat amniyat amniyate amni bezopasnosti bezopasnost",
	"communication communications ertebatat artabatat svyaz svyazi",
	// Develop: as Chinese firms' English names write 发展 ("TECHNOLOGY
	// DEVELOP CO").
	"development develop expansion tose toseh tosee fazhan tusah gostaresh gastrsh razvitie razvitiye razvitiya",
	// Russian adjectives firms are named with: new, and the four quarters.
	"new " + russianAdjective("nov"),
	"east vostok " + russianAdjective("vostochn"),
	"west zapad " + russianAdjective("zapadn"),
	"north sever " + russianAdjective("severn"),
	"south " + russianAdjective("yuzhn"),
	// Chinese, in pinyin as normalize.go reads the characters (the index
	// joins two syllables into one of these words): 科技 keji, 实业 shiye,
	// 贸易 maoyi, 化工 huagong, 海运 haiyun, and the like.
	"equipment shebei tajhizat",
	"machinery jixie makine makina",
	"materials material cailiao",
	"pharmaceutical pharmaceuticals medicine yiyao darvii darouei",
	"biological biotechnology shengwu",
	"science kexue",
	// 渔业: the list writes DALIAN OCEAN FISHING CO and its alias OCEAN
	// FISHERY.
	"fishery fisheries fishing yuye",
	"services service fuwu khadmat khdmat alkhadmat lalkhadmat walkhdmat",
	"mining kuangye madencilik",
	"china chinese zhongguo",
	// Arabic, as normalize.go reads the words of Gulf companies' names
	// (للتجارة for trade, للصرافة exchange, تريدينغ trading, جروب group);
	// the rest of it above.
	"exchange sarafi sarrafi srafa alsrafa lalsrafa",
	"general generale ama alama",
	"gas ghaz gaz",
	// Airlines: "Fars Qeshm Airlines" is FARS QESHM AIR.
	"airlines airline air airways aviakompaniya",
	// Liquefied natural gas, СПГ in Russian.
	"lng spg",
	// Hong Kong as firms there abbreviate it.
	"hongkong hk",
	// Turkish, the rest of it above.
	"import ithalat imp",
	"export ihracat exp",
	"consulting consultancy danismanlik",
	"tourism turizm",
	"textile textiles tekstil",
	"automotive otomotiv",
	"defense defence savunma " + russianAdjective("oboronn"),
	"transport transportation tasimacilik transportadora transportes trucking " + russianAdjective("transportn"),
	// Korean 조선 (Chosŏn), the North's name for Korea, in its
	// romanisations; 무역 (muyŏk) is trade, above; 은행 and 银行 bank.
	"korea korean choson chosun joson",
	"bank unhaeng yinhang",
	// Words of the names of armed groups, parties and movements, in the
	// Spanish, French, Portuguese and Slavic of their own names, and in
	// Arabic as the list transliterates it: FUERZAS ARMADAS
	// REVOLUCIONARIAS is Revolutionary Armed Forces, SRPSKA DEMOKRATSKA
	// STRANKA the Serb Democratic Party. The words most firms of a
	// country are named with (Inversiones, Tecnologia, Servicios, Banco)
	// are left out: the list names firms in English with them alone
	// ("3ZED Investment", TEKHNOLOGIYA OOO), and "Inversiones JR SAS" is
	// one of the commonest Colombian names of a firm.
	"army ejercito armee exercito jaish jaysh",
	"forces fuerzas forcas",
	"armed armadas armados armees",
	"revolutionary revolucionarias revolucionaria revolucionario revolucionarios revolutionnaire revolutionnaires",
	"democratic democratique democratiques democratica democratico demokratska demokratskaya demokraticheskaya",
	"liberation liberacion liberacao",
	"front frente jabhat",
	"party partido partiya stranka hizb",
	"movement movimiento mouvement movimento harakat",
	"committee comite comitato komitet lajnat",
	"world mundial mondial",
	"people peoples pueblo peuple povo",
	"relief igatha ighatha ighathah",
	"insurance seguros bimeh " + russianAdjective("strakhov"),
	"helicopter helicopters " + russianAdjective("vertoletn"),
	"pump pumping " + russianAdjective("nasosn"),
	"robotics robototekhniki robototekhnika",
	"academy akademiya akademii",
	"university universitet universidad",
	"military " + russianAdjective("voenn"),
	"atomic " + russianAdjective("atomn"),
	"nuclear " + russianAdjective("yadern"),
	// What a trading house of the Gulf deals in: "Golden Sands
	// Commodities DMCC" is not Golden Commodities LLC, nor "Max Marine
	// Solutions FZE" Marine Solution Pvt Ltd.
	"commodities commodity", "solutions solution", "metals", "precious", "bullion", "marine",
	"navigation", "tankers", "wholesalers", "goods", "jewellers jewellery jewelry jewelers",
	"foodstuff foodstuffs", "chemicals", "minerals", "resources",
}

// koreanSurnames are Korean family names in the spellings of the North,
// which the list uses (McCune-Reischauer as the DPRK writes it: Ri, Pak,
// Choe), of the Revised Romanization, and of South Korean passports and
// habit (Lee, Park, Choi). One syllable in two spellings has no room for
// an edit, and some spellings share no letter of their initial (Ri / Lee /
// Yi, the one name 리 / 이), so no rule of letters pairs them; koreanKey
// folds the voicing of an initial (Kang / Gang) only for the spellings one
// entry gives. Given-name syllables are not here: habit writes several of
// them alike (Chun is 춘 and 전), and the list's own spellings of one party
// pair those. Left out are pairs where one spelling is a common Chinese
// or other name in its own right (Gang, Dong, Pang and Chang are pinyin or
// Wade-Giles, Gil is Spanish): "Su Gang" would hit KANG, Chol Su.
var koreanSurnames = []string{
	"ri lee yi rhee",
	"pak park bak",
	"choe choi",
	"chong jeong jung chung",
	"rim lim im",
	"ryu lyu yoo",
	"yun yoon",
	"sin shin",
	"ro roh noh",
	"mun moon",
	"jon jeon chon",
	"ju joo",
	"so seo suh",
	"paek baek paik baik",
	"hyon hyun hyeon",
	"sim shim",
	"pyon byon byun byeon",
	"kim gim",
	"ko go koh",
	"kwon gwon",
	"ku koo",
	"pae bae",
	"cho jo",
	"kye gye",
}

// chineseSurnames are Chinese family names in pinyin, as the list writes
// them, and as Hong Kong (Cantonese), Taiwan (Wade-Giles) and the
// Hokkien-speaking South write them: ZHANG is Cheung in Hong Kong, XU is
// Hsu in Taiwan. Left out are spellings that are a pinyin syllable or a
// Korean spelling themselves, which would pair two names: Chang (常),
// Chao (超), Tang (唐), Wong (王 and 黄), Lee and Lim (in koreanSurnames),
// Ho, Ng and Lo (two letters, many names). Li is not paired with Lee:
// in koreanSurnames Lee is also Yi, and Li Yu would be PAO, Yu Yi.
var chineseSurnames = []string{
	"zhang cheung",
	"chen chan",
	"huang hwang",
	"liu lau",
	"zhou chow chau",
	"guo kwok kuo kwek",
	"liang leung",
	"xie hsieh tse",
	"xu hsu",
	"zeng tsang tseng",
	"ye yip yeh",
	"yang yeung",
	"cai tsai tsoi",
	"zhao chiu",
	"jiang chiang",
	"feng fung",
	"xiao siu hsiao",
	"yuan yuen",
	"pan poon",
	"mai mak",
	"tan tam",
	"shen shum",
}

// romanceGivenNames are the male and female forms of given names in
// Spanish, Portuguese, Italian, French and English, each line one of
// them: Mario and Maria, Julio and Julia, Victor and Victoria differ by a
// letter or two and are a man and a woman. The list never gives one party
// both forms of any pair here (of 26 entries that hold Mario and 54 that
// hold Maria, none holds both; Andre and Andrea, 1 of 11, is the one
// exception), and payrolls are full of the other form: 10,000 common US
// names hit 59 times, "Maria Ramirez" at 0.89 against RAMIREZ TREVINO,
// Mario, "Victoria Green" against GRIN, Victor. Forms of one name across
// these languages share a line (Maria, Mary, Marie). Julia and Julie
// stand in Yulia's line of slavicGivenNames, apart from Julio all the
// same.
var romanceGivenNames = []string{
	"mario", "maria mary marie",
	"julio",
	"andre andres", "andrea",
	"christian cristian kristian", "christina cristina kristina",
	"victor viktor", "victoria viktoria",
	"juan", "juana",
	"roberto robert", "roberta",
	"daniel", "daniela daniella danielle",
	"gabriel", "gabriela gabriella gabrielle",
	"antonio", "antonia",
	"francisco", "francisca",
	"carlos", "carla",
	"carl karl", "carol carole",
	"luis luiz", "luisa luiza",
	"alejandro", "alejandra",
	"fernando", "fernanda",
	"eduardo", "eduarda",
	"alberto", "alberta",
	"manuel", "manuela",
	"adrian", "adriana",
	"patricio", "patricia",
	"claudio", "claudia",
	"mariano", "mariana",
	"martin", "martina martine",
	"ramon", "ramona",
	"angel", "angela",
	"rafael", "rafaela",
	"emilio", "emilia",
	"dario", "daria",
	"paulo", "paula",
}

// apartLines is how many of equivalentLines, from the first, are names
// that differentNames keeps apart: the Slavic given names, whose male and
// female forms differ by a letter (Aleksandr, Aleksandra), lookAlikeNames
// and romanceGivenNames.
var apartLines = len(slavicGivenNames) + len(lookAlikeNames) + len(romanceGivenNames)

// countryWords are the names of countries in firms' names and the
// adjectives of their peoples, which payees and clerks write for one
// another: the list's NATIONAL IRANIAN OIL COMPANY is "National Iran Oil
// Company" in a payment (0.52 before), ZARAND IRANIAN STEEL COMPANY
// "Zarand Iran Steel". Russia and Russian are a letter apart, as slips
// are; China and Chinese, Korea and Korean share lines of companyWords
// with their names transliterated. Georgia, a given name too, is left
// out.
var countryWords = []string{
	"iran iranian", "syria syrian", "iraq iraqi", "venezuela venezuelan",
	"cuba cuban", "belarus belarusian belarussian", "afghanistan afghan", "lebanon lebanese",
	"turkey turkiye turkish", "pakistan pakistani", "yemen yemeni", "libya libyan", "sudan sudanese",
	"burma burmese myanmar myanma", "nicaragua nicaraguan", "ukraine ukrainian", "mexico mexican", "colombia colombian",
	"emirates emirati", "egypt egyptian", "india indian", "malaysia malaysian", "indonesia indonesian",
	// With the countries' own names, as their banks' and firms' names
	// write them ("VTB-Hayastan", "Bank VTB (Azərbaycan)").
	"armenia armenian hayastan", "kazakhstan kazakh qazaqstan kazakstan", "uzbekistan uzbek ozbekiston uzbekiston",
	"kyrgyzstan kyrgyz kirgizstan", "tajikistan tajik tojikiston",
	"azerbaijan azerbaijani azarbaycan azerbaydzhan azerbaidzhan", "serbia serbian", "cyprus cypriot",
}

// differentNames reports whether a and b are forms of two different given
// names that look alike (apartLines): however close their letters, Hassan
// is not Hussein, Jamal is not Jamil and Aleksandr is not Aleksandra, so
// the two are not paired as spellings of one another.
func differentNames(a, b string) bool {
	if !apartFilter.has(apartKey(a)) || !apartFilter.has(apartKey(b)) {
		return false // most tokens: two table lookups saved
	}
	ga, gb := equivalentGroup[a], equivalentGroup[b]
	return ga != gb && ga != 0 && gb != 0 && int(ga) <= apartLines && int(gb) <= apartLines
}

// otherForms reports whether a and b are forms of two different lines of
// equivalentLines: two names, words or surnames the tables know apart.
// The list's spellings of one party are not learned across them
// (variantPairs): an entry that gives MAHMOUD in one alias and MUHAMMAD
// in another, alike in their consonants, made every Mahmoud a Muhammad.
func otherForms(a, b string) bool {
	ga, gb := equivalentGroup[a], equivalentGroup[b]
	return ga != gb && ga != 0 && gb != 0
}

// apartKey is a token's length and first and last letters, the key of
// apartFilter.
func apartKey(t string) uint32 {
	if t == "" {
		return 0
	}
	return uint32(len(t))<<16 | uint32(t[0])<<8 | uint32(t[len(t)-1])
}

// apartFilter holds the apartKey of every form differentNames keeps apart.
var apartFilter = func() *bitFilter {
	f := new(bitFilter)
	for _, line := range equivalentLines[:apartLines] {
		for _, form := range strings.Fields(line) {
			f.add(apartKey(form))
		}
	}
	return f
}()

// givenNameForm reports whether t is a form of a given name in the name
// tables (slavicGivenNames, lookAlikeNames, romanceGivenNames,
// muslimGivenNames): Hussein, which the list holds as a family name as
// often as a given one.
func givenNameForm(t string) bool {
	return givenNameGroup(int(equivalentGroup[t]))
}

// givenNameGroup reports whether g, an equivalentGroup value, is a line of
// the given names' tables (givenNameForm).
func givenNameGroup(g int) bool {
	return g > 0 && g <= apartLines+len(muslimGivenNames)
}

// europeanGivenForm reports whether t is a form of a Slavic or Romance
// given name of the name tables (slavicGivenNames, romanceGivenNames).
func europeanGivenForm(t string) bool {
	g := int(equivalentGroup[t])
	s, l, r := len(slavicGivenNames), len(lookAlikeNames), len(romanceGivenNames)
	return g > 0 && (g <= s || g > s+l && g <= s+l+r)
}

// equivalentGroup maps each form in equivalentLines to 1 + its line.
var equivalentGroup = func() map[string]uint16 {
	m := make(map[string]uint16)
	for i, line := range equivalentLines {
		for _, f := range strings.Fields(line) {
			m[f] = uint16(i + 1)
		}
	}
	return m
}()

// sameWord reports whether a and b are two forms of one word in
// equivalentLines.
func sameWord(a, b string) bool {
	g := equivalentGroup[a]
	return g != 0 && g == equivalentGroup[b] && a != b
}

// wordSim is tokenSim, raised to variantSim for two forms of one word in
// equivalentLines: how a query token the list lacks compares with a
// listed one, and how Similarity compares any two.
func wordSim(a, b string) float64 {
	s := tokenSim(a, b)
	if s < variantSim && sameWord(a, b) {
		s = variantSim
	}
	return s
}

// equivalentPairs pairs the forms of each word in equivalentLines that the
// dictionary holds.
func equivalentPairs(dict map[string]int32) [][2]string {
	var out [][2]string
	for _, line := range equivalentLines {
		var in []string
		for _, f := range strings.Fields(line) {
			if _, ok := dict[f]; ok {
				in = append(in, f)
			}
		}
		for i := range in {
			for _, b := range in[i+1:] {
				out = append(out, [2]string{in[i], b})
			}
		}
	}
	return out
}

// equivalentForms calls fn with every other form of t that the
// dictionary holds.
func equivalentForms(t string, dict map[string]int32, fn func(id int32)) {
	g := equivalentGroup[t]
	if g == 0 {
		return
	}
	for _, f := range strings.Fields(equivalentLines[g-1]) {
		if id, ok := dict[f]; ok && f != t {
			fn(id)
		}
	}
}

// russianAdjective writes the forms of a Russian adjective of stem, in the
// cases and genders firms' names take it (-ii, -iy, -y, -aya, -oe, -oi,
// -ogo, -ie...), as the list, the reader and the other systems of
// transliteration (-yj, -oj, -aja) write them:
// "tekhnichesk" is Tekhnicheskii, Tekhnicheskaya, Tekhnicheskogo.
func russianAdjective(stem string) string {
	var b strings.Builder
	for i, end := range [...]string{"ii", "iy", "ij", "i", "y", "yi", "yy", "yj", "aya", "aia", "aja", "oe", "oye", "oi", "oy", "oj", "ogo", "ikh", "ykh", "ie", "iye", "ye", "yye"} {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(stem + end)
	}
	return b.String()
}

// abbreviations are the abbreviations of firms' words that payment
// messages write for lack of room, and the words they stand for: "Natl
// Iranian Oil Co". They are read one way: a query's abbreviation is the
// listed word, but a query's word is no listed abbreviation ("Sigma
// Technologies" is not SIGMA TECH COMPANY). None that is a name or word
// elsewhere is here (Dev, Min, Ind, Pub, Invest, Bk). Tic is Turkish
// Ticaret, trade ("Dis Tic Ltd Sti"); NK is Russian Neftyanaya Kompaniya,
// an oil company ("PJSC NK Rosneft"), read as its word of a trade (its
// Kompaniya is the listed name's legal form).
var abbreviations = map[string][]string{
	"natl": {"national"}, "intl": {"international"}, "devt": {"development"}, "dvpt": {"development"},
	"mgmt": {"management"}, "mgt": {"management"}, "mfg": {"manufacturing"}, "svcs": {"services"},
	"svc": {"service", "services"}, "inds": {"industries"}, "hldg": {"holding"}, "hldgs": {"holdings", "holding"},
	"grp": {"group"}, "tech": {"technology", "technologies"}, "chem": {"chemical", "chemicals"},
	"assn": {"association"}, "assoc": {"association", "associates"}, "dept": {"department"},
	"engg": {"engineering"}, "eqpt": {"equipment"}, "shpg": {"shipping"}, "trdg": {"trading"},
	"constr": {"construction"}, "tic": {"ticaret"}, "nk": {"oil"},
	// SWIFT's and banks' own: "ISL REP OF IRAN SHIPPING LINES", "KOREA
	// MNG DEV TRDG CORP", "PERSIAN GULF PETROCHEM IND CO".
	"isl": {"islamic", "islands", "island"}, "rep": {"republic", "representative"},
	"mng": {"mining", "management"}, "petrochem": {"petrochemical", "petrochemicals"},
	"govt": {"government"}, "ctr": {"center", "centre"}, "univ": {"university"}, "inst": {"institute"},
	"acad": {"academy"}, "sys": {"systems", "system"}, "prods": {"products"}, "transp": {"transport", "transportation"},
	"coml": {"commercial"}, "mktg": {"marketing"}, "agcy": {"agency"}, "intnl": {"international"},
	"constn": {"construction"}, "equip": {"equipment"}, "elec": {"electric", "electrical", "electronics", "electronic"},
	"enterp": {"enterprise", "enterprises"}, "expt": {"export"}, "dist": {"distribution"},
	"auth": {"authority"}, "pharm": {"pharmaceutical", "pharmaceuticals"},
	"biotech": {"biotechnology", "biotechnologies"},
	"indl":    {"industrial"}, "comml": {"commercial"}, "techn": {"technology", "technologies", "technical"},
	"serv": {"services", "service"}, "bros": {"brothers"},
}

// abbreviatedAs maps a word to its abbreviations of abbreviations that
// have no vowel (Shpg, Mgmt, Trdg), which are no name or word of anyone's:
// a query's word meets such a listed abbreviation. Tech, Chem or Intl
// are left one way: "Sigma Technologies" is not SIGMA TECH COMPANY.
var abbreviatedAs = func() map[string][]string {
	m := make(map[string][]string)
	for a, ws := range abbreviations {
		if strings.ContainsAny(a, "aeiouy") {
			continue
		}
		for _, w := range ws {
			m[w] = append(m[w], a)
		}
	}
	return m
}()

// maxAbbreviationLen is the length of the longest of abbreviations. The
// lookup of a query's word reaches the words it stands for (lookup); a
// listed abbreviation is no word a query's lookup reaches.
const maxAbbreviationLen = 9
