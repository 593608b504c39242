package screen

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"math/rand"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/sanctionscreen/ofac/sdn"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// snapshotScreener is one Screener over the embedded SDN list, shared by
// the tests that only read.
var snapshotScreener = sync.OnceValues(func() (*Screener, error) {
	l, err := snapshot.SDN()
	if err != nil {
		return nil, err
	}
	return New(l)
})

// allScreener is a Screener of the SDN and consolidated lists, built once.
var allScreener = sync.OnceValues(func() (*Screener, error) {
	l, err := snapshot.All()
	if err != nil {
		return nil, err
	}
	return New(l)
})

func mustAllScreener(t testing.TB) *Screener {
	t.Helper()
	s, err := allScreener()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustScreener(t testing.TB) *Screener {
	t.Helper()
	s, err := snapshotScreener()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// hitUIDs gives the entries of hits by UID, for messages.
func hitUIDs(hits []Hit) []int {
	uids := []int{}
	for _, h := range hits {
		uids = append(uids, h.Entry.UID)
	}
	return uids
}

func topUID(hits []Hit) int {
	if len(hits) == 0 {
		return 0
	}
	return hits[0].Entry.UID
}

// TestScreenRealNames: names as payees and forms write them, each of which
// must find its listed entry first, at the default threshold.
func TestScreenRealNames(t *testing.T) {
	s := mustScreener(t)
	tests := []struct {
		query string
		uid   int
	}{
		{"Nicolas Maduro", 22790},                // missing second surname, order
		{"MADURO MOROS, Nicolás", 22790},         // as listed, with the accent
		{"nicolas maduro moros", 22790},          // case
		{"Vladimir Putin", 35096},                // missing patronymic
		{"Путин Владимир Владимирович", 35096},   // Cyrillic
		{"أسامة بن لادن", 6365},                  // BIN LADIN, Usama: بن read as the particle bin
		{"Виктор Бут", 8279},                     // BOUT, Viktor Anatolijevitch: ou for u, and the patronymic of the first-name part
		{"Daniel Manuel Moreno", 15102},          // MORENO, Daniel: a middle name the list leaves out
		{"Ismael Mario Zambada Garcia", 7226},    // ZAMBADA GARCIA, Ismael
		{"Pu\u200btin Vladimir", 35096},          // zero-width space
		{"Рutin Vladimir", 35096},                // Cyrillic Р inside a Latin word
		{"ＰＵＴＩＮ Ｖｌａｄｉｍｉｒ", 35096},                // full-width
		{"Kim Jong Un", 20157},                   // Korean order
		{"김정은", 20157},                           // Hangul
		{"Osama bin Laden", 6365},                // alias spelling
		{"Usama Bin Ladin", 6365},                // another
		{"Abubakr al-Baghdadi", 12926},           // joined words, weak but distinctive alias
		{"Banco Nacional de Cuba", 306},          // entity
		{"Hizballah", 4697},                      // one rare token is enough
		{"Nicolas Madura", 22790},                // typo
		{"Juri Chaika", 35239},                   // CHAIKA, Yuri: the German form of the name
		{"Iouri Kovaltchouk", 16680},             // KOVALCHUK, Yuri: the French forms
		{"Jekaterina Tikhonova", 36236},          // TIKHONOVA, Katerina
		{"علی خامنه ای", 26945},                  // KHAMENEI, Ali: the suffix typed apart
		{"سید علی خامنه ای", 26945},              // and with the title of descent
		{"Nikolas Maduro", 22790},                // transliteration
		{"Maduro Moros Nicolas 1962", 22790},     // stray digits
		{"Ameliach Francisco", 22803},            // two of four parts
		{"AL-ZUMAR, Abbud", 2677},                // alias
		{"الزمر عبود عبداللطيف حسن", 2677},       // Arabic
		{"Sergey Aleksandrovich Gizunov", 21329}, // first-middle-last order
		{"Gizunov Sergei", 21329},                // Sergey / Sergei
		{"Ameliach Orta Francisco Jose", 22803},  // all parts
		{"Muhammad Yusuf Mansur", 16152},         // variant spellings the list pairs
		{"Mar Azul", 4238},                       // vessel
		{"Joseph Kony", 11018},                   // reorder
		{"3K Group Limited", 50923},              // light tokens, but the whole name
		{"Morfin Morfin, Cesar", 53943},          // one surname twice
		{"Miguel Angel Trevino Morales", 11528},  // a middle name the list leaves out
		{"Thomas Lubanga Mbula", 11974},          // the whole listed name and more
		{"Strait Shipbrokers Asia Pte Ltd", 30222},
		{"Khorasan Steel Company Private Joint Stock", 28285}, // legal form after "Company"
		{"Umac Ltd Liability Company", 46683},                 // UMAC LLC: a legal form shortened
		{"PJS Co. Rosbank", 36496},
		{"Hubei Chica Indl Co., Ltd.", 54489}, // Indl, Industrial
		{"LL Elec LIMITED", 50128},            // Elec, Electronic
		{"Ihor Kuzmenko", 50245},              // Ukrainian form of Igor
		{"Iyad Ag Ghaly", 15832},              // "ag" folds as a legal form on both sides
		{"Khun Sa", 6709},
		{"Victor Bout", 8279},      // Victor / Viktor, one name in two spellings, patronymic left out
		{"Mr. Viktor Bout", 8279},  // a courtesy title
		{"Herr Viktor Bout", 8279}, // a courtesy title the list does not hold
		{"Mister Viktor Bout", 8279},
		{"Viktor Anatolyevich Bout", 8279},                           // the patronymic as most transliterate it
		{"Jevgenij Prigozhin", 21171},                                // Yevgeniy in the Slavic spelling
		{"Sergej Lavrov", 35233},                                     // Sergey
		{"Ilja Shestakov", 36058},                                    // Ilya as German and Polish write it
		{"Julia Lazutkina", 36825},                                   // Yulia
		{"Dimitri Medvedev", 36407},                                  // Dmitry as French writes it
		{"Tamco Oil Derivatives Est.", 54478},                        // the Gulf's establishment, abbreviated
		{"Zarand Iran Steel", 30761},                                 // the country for its people's adjective
		{"Centre for Innovation and Technology Co-operation", 15148}, // British spellings
		{"Hebei Guanlang Biotech", 45380},                            // an abbreviation
		{"Arrashid Trust", 6912},                                     // the article as said before r
		{"Mohammad Ouali", 13125},                                    // French's ou for w
		{"Kim Gi Nam", 20126},                                        // the Revised Romanization's g for k
		{"Choi Chun Beom", 56039},                                    // its b and eo for p and o
		{"Koo Seung Seob", 23089},                                    // its eo where habit writes u
		{"N. Maduro", 22790},                                         // an initial and a surname two entries share
		{"Noureddine Al-Dibiski", 10327},                             // Nur al-Din written as one word
		{"Seyyed Ali Khamenei", 26945},                               // the mark of descent the listed name leaves out
		{"Hojatoleslam Ebrahim Raisi", 27844},
		{"Ayman Elzawahiri", 2676}, // the article written on, and not as listed
		{"Ayman Alzawahri", 2676},
		{"علی خامنه‌ای", 26945},      // Persian, with the non-joiner
		{"فلاديمير بوتين", 35096},    // Arabic, which writes p as b and v as f
		{"Evgueni Prigojine", 21171}, // French transliteration
		{"Vladimir Poutine", 35096},
		{"Bouthaina CHAABANE", 12881}, // French's ch for ش, and its final -ne
		{"Rafic CHEHADÉ", 20946},
		{"Andreï Chichkin", 36061}, // French's ch for ш in a word without ou
		{"Riadh JELASSI", 7254},    // JELASSI, Riadh Ben Belkassem Ben Mohamed: forefathers left out
		{"Kamel HAMRAOUI", 8096},
		{"Tarek MAAROUFI", 7257},                      // MAAROUFI, Tarek Ben Habib Ben Al-Toumi: the article is no name
		{"Nasirxo'jayev Shoxrux Olimjonovich", 41796}, // Uzbek Latin: x for kh, j for dzh
		{"Алиев Джахангир Евгеньевич", 48776},         // ALIYEV, Jahangir: Russian's dzh for j
		{"Narziyeva Nasiba Erkin qizi", 41797},        // the father's name before qizi: a patronymic
		{"Tay Zar", 34663},                            // ZA, Tay: Burmese a written ar
		{"Nouh ZEAITER", 41700},                       // ZAITAR, Noah
		{"Télévision Al-Manar", 9609},                 // AL MANAR TV
		{"Lee Je Son", 12216},                         // 이 / 리: Lee in the South, Ri in the North
		{"Park To Chun", 15769},                       // 박: Park / Pak
		{"Choi Song Il", 18557},                       // 최: Choi / Choe
		{"Rhee Je Seon", 12216},                       // and the Revised Romanization's eo
		{"Rostec", 17260},                             // STATE CORPORATION ROSTEC: a Russian legal form
		{"Bae Won Uk", 22987},                         // 배: Bae / Pae, the voicing of the initial
		// Offices and ranks as the press writes them before a name.
		{"Supreme Leader Ali Khamenei", 26945},
		{"Defense Minister Sergei Shoigu", 35173},
		{"Senior General Min Aung Hlaing", 27225},
		{"Hamas Movement", 4695}, // an armed group's kind, as a firm's Group
		{"Garantex.io", 36025},   // a web address, read as the name it holds
		{"https://chatex.com/", 33854},
	}
	for _, tc := range tests {
		hits := s.Name(tc.query)
		if topUID(hits) != tc.uid {
			var got []string
			for _, h := range hits {
				got = append(got, h.Entry.Name)
			}
			t.Errorf("%q: top hit %d, want %d (hits: %v)", tc.query, topUID(hits), tc.uid, got)
			continue
		}
		if len(hits[0].Reasons) == 0 || hits[0].Matched == "" {
			t.Errorf("%q: hit without reasons or matched name", tc.query)
		}
	}
}

// TestScreenNoHit: common names, generic words and short tokens alone must
// not raise a hit, nor names that only sound a little like listed ones.
func TestScreenNoHit(t *testing.T) {
	s := mustScreener(t)
	for _, q := range []string{
		"Mohammed", "Ali", "Trading", "Limited", "International Trading Company LLC",
		"Bank", "Al", "Kim", "Li", "Wang", "Maria Garcia", "John Smith", "Jose",
		"Maria Grace Lopez", "Ahmed", "Sberbank Customer Services Ltd Complaints Team",
		"a", "x y z", "3K Group", "Group Limited",
		"QSC Abbas", "MMC Abdulla", // companies named like a person's kunya "ABBAS, Abu"
		"Sunrise Trading Co Ltd", // a company, not the vessel once named "SUNRISE"
		"KM", "KM LLC",           // two letters of LIMITED LIABILITY COMPANY KM GROUP
		"Maybank",                            // not WAYBANK JSC: one slip, but in how the word begins
		"Binance Holdings",                   // not HOLDING FINANCE: nor is Binance a slip of finance
		"UP Energy", "Receiver Technologies", // no legal form nor label: a brand and a firm's word
		"Mahmoud Abbas",    // not ABBAS, Muhammad: an entry giving both names makes them no spellings
		"As-Salam Trading", // not AL-SALAH: Salam and Salah are two names
		// Nor the family name another spelling of the given name makes
		// (the nisba): GHOLAMI, Mohammad and OMAIRI, Farouk.
		"Ghulam Mohammad", "Omar Farouk",
		"Societe Generale",            // not SOCIETE GENERALE DE PAIN: a general company, no brand
		"Ali Hassan Nasrallah Bakery", // a shop named after a man is no man
		// A firm's trade and kind alone (CHEMICAL INDUSTRIES GROUP) is no
		// name another firm's holds whole.
		"Jordan Chemical Industries", "National Chemical Industries",
	} {
		if hits := s.Name(q); len(hits) > 0 {
			t.Errorf("%q: %d hits, first %q %.2f %v", q, len(hits), hits[0].Entry.Name, hits[0].Score, hits[0].Reasons)
		}
	}
}

// A company's own words without those that say what it is find it; one
// word alone does only when it is coined: no English word, no place, held
// by no other entry.
func TestScreenCompanyOwnWords(t *testing.T) {
	full, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	// Without the aliases that are the query itself.
	l := withoutHeldout(full, map[int][]string{
		55992: {"Prince Horology"},
		42722: {"Almetyevsk State Oil Institute"},
		36025: {"Garantex"},
		47524: {"ROSTFINANS"},
		54049: {"KEYHAN SANJESH AZMA"},
		46785: {"Electronintorg"},
	})
	s, err := New(l)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"Prince Horology", 55992},                // PRINCE HOROLOGY VOCATIONAL TRAINING CENTER
		{"Almetyevsk State Oil Institute", 42722}, // STATE BUDGETARY EDUCATIONAL INSTITUTION OF ... ALMETYEVSK STATE OIL INSTITUTE
		{"Tinkoff", 44259},                        // T-BANK, a.k.a. JSC TINKOFF BANK
		{"Tinkoff Ltd", 44259},
		{"Garantex", 36025},   // GARANTEX EUROPE OU
		{"Rostfinans", 47524}, // OOO CB ROSTFINANS
		// A transliteration of the coined word will do too.
		{"Electronintorg", 46785}, // Joint Stock Company Foreign Trade Association Elektronintorg
		{"Sowcomflot", 34741},     // JOINT STOCK COMPANY SOVCOMFLOT
		// Of six letters, the coined word makes the name its own among two or more.
		{"Keyhan Sanjesh Azma", 54049}, // KEYHAN SANJESH AZMA TECHNICAL QUANTITY AND QUALITY INTERNATIONAL INSPECTION CO.
		// A coined word and an English one that says what the firm does.
		{"Garantex Exchange", 36025},
		{"Tinkoff Consulting", 44259},
	} {
		hits := s.Name(tc.query)
		if got := topUID(hits); got != tc.uid {
			t.Errorf("%q: top hit %d, want %d", tc.query, got, tc.uid)
			continue
		}
		if !containsReason(hits[0].Reasons, "which say what the company is") {
			t.Errorf("%q: reasons do not say why the left-out words cost little: %v", tc.query, hits[0].Reasons)
		}
	}
	// English words (INTEGRITY TECHNOLOGY GROUP) and a place's name alone
	// (LIMITED LIABILITY COMPANY KALININGRAD BALTTRANS) are no hit.
	// Nor is a short coined word with an English one: it is as often a
	// family name (DURAND PROPERTIES LIMITED), nor a coined word with two.
	for _, q := range []string{"Integrity Ltd", "Integrity", "Fasteners Ltd", "Legendary Ltd", "Horology", "Kaliningrad",
		"Durand Consulting", "Garantex Crypto Exchange"} {
		if hits := s.Name(q); len(hits) > 0 {
			t.Errorf("%q: hit %q at %.3f %v", q, hits[0].Matched, hits[0].Score, hits[0].Reasons)
		}
	}
}

// The list gives a few parties as both Hassan and Hussein; the index must
// not learn from them that the two are one name.
func TestScreenLookAlikeNames(t *testing.T) {
	s := mustScreener(t)
	for _, tc := range []struct{ query, notMatched string }{
		{"Hussein Ali", "ALI, Hassan"},
		{"باسل بن حسين", "HASSAN, Basil"}, // Basil bin Husayn: حسين read "hasin"
		{"Ali Hussein", "ALI, Hassan"},
		{"Kamal Hussain", "AL-HASSAN, Kamal"},
		{"Yong So-hyeon", "SO, Myong"}, // a slip that changes how a short word begins
		// A woman is not the man whose name differs by her ending.
		{"Maria Ramirez", "RAMIREZ TREVINO, Mario"},
		{"Julia Castillo", "CASTILLO RODRIGUEZ, Julio Alberto"},
		{"Victoria Green", "GRIN, Victor Yakovlevich"},
		{"Christina Morales", "MORALES ZAMBRANO, Christian"},
		// Every word alike in consonants alone, or a slip in a short
		// word: none is the listed word or a spelling of it.
		{"Jose Price", "PERIC, Jozo"},
		{"Hamaid Abadi", "HAMADU, Abid"},
		{"Sara Aalai", "زارع, علی"},
		// A surname in the middle of a Spanish name is its first: this
		// Daniel is a Perez, and the listed MORENO, Daniel would be
		// written PEREZ MORENO were he one.
		{"Daniel Manuel Perez Moreno", "MORENO, Daniel"},
		{"Raul Torres Castro", "CASTRO RODRIGUEZ, Raul"},
		{"GUTIERREZ VARGAS, Jorge", "VARGAS, Jorge"},
		{"DEL VALLE MORENO, Daniel", "MORENO, Daniel"}, // past the particle
		// Written as the list writes people, a name is a person's.
		{"RODRIGUEZ LOPEZ, Patricia", "RODRIGUEZ LOPEZ, S.A. DE C.V."},
		{"Enrique Rodriguez Lopez", "RODRIGUEZ LOPEZ, S.A. DE C.V."}, // and as it is spoken
	} {
		for _, h := range s.Screen(Query{Name: tc.query, MinScore: 0.5}) {
			if h.Matched == tc.notMatched && h.Score >= DefaultThreshold {
				t.Errorf("%q hits %q at %.3f: %v", tc.query, h.Matched, h.Score, h.Reasons)
			}
		}
	}
}

// A name in Arabic letters writes no short vowels: its words meet the
// list's Latin ones by their consonants, and that is enough for a hit.
func TestScreenAbjadNames(t *testing.T) {
	full, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(withoutHeldout(full, map[int][]string{39441: {"جوانی, یدالله"}}))
	if err != nil {
		t.Fatal(err)
	}
	// JAVANI, Yadollah: جوانی reads "jvani", یدالله "yadallh".
	wantHitSaying(t, s, "جوانی, یدالله", 39441, "jvani ~ javani")
}

func TestScreenSecondaryFactors(t *testing.T) {
	s := mustScreener(t)
	base := s.Screen(Query{Name: "Nicolas Maduro"})
	if topUID(base) != 22790 {
		t.Fatalf("base query: %v", base)
	}
	agree := s.Screen(Query{Name: "Nicolas Maduro", BirthDate: "1962-11-23", Country: "VE"})
	if topUID(agree) != 22790 || agree[0].Score <= base[0].Score {
		t.Errorf("agreeing date and country did not raise the score: %v vs %v", agree, base)
	}
	if !containsReason(agree[0].Reasons, "agrees with listed DOB 23 Nov 1962") || !containsReason(agree[0].Reasons, "country VE agrees") {
		t.Errorf("reasons do not say what agreed: %v", agree[0].Reasons)
	}
	contra := s.Screen(Query{Name: "Nicolas Maduro", BirthDate: "1975", MinScore: 0.5})
	if topUID(contra) != 22790 || contra[0].Score >= base[0].Score || !containsReason(contra[0].Reasons, "contradicts") {
		t.Errorf("contradicting date: %v", contra)
	}
	// A country in any of its usual forms agrees; one that is no known
	// country is not compared, neither raising nor lowering the score.
	for _, c := range []string{"VEN", "862", "venezuela", "Bolivarian Republic of Venezuela", "Venezuela (Bolivarian Republic of)"} {
		if hits := s.Screen(Query{Name: "Nicolas Maduro", Country: c}); topUID(hits) != 22790 || hits[0].Score <= base[0].Score || !containsReason(hits[0].Reasons, "agrees") {
			t.Errorf("country %q: %v", c, hits)
		}
	}
	for _, c := range []string{"XX", "Narnia", "Korea"} {
		if hits := s.Screen(Query{Name: "Nicolas Maduro", Country: c}); topUID(hits) != 22790 || hits[0].Score != base[0].Score || !containsReason(hits[0].Reasons, "not compared") {
			t.Errorf("country %q: %v", c, hits)
		}
	}
	if hits := s.Screen(Query{Name: "Nicolas Maduro", Country: "USA"}); topUID(hits) != 22790 || hits[0].Score >= base[0].Score || !containsReason(hits[0].Reasons, "is none of the listed") {
		t.Errorf("country USA: %v", hits)
	}
	// Kind filters.
	if hits := s.Screen(Query{Name: "Mar Azul", Kind: sdn.Individual}); len(hits) > 0 {
		t.Errorf("an individual matched the vessel: %v", hits[0].Entry.Name)
	}
	if hits := s.Screen(Query{Name: "Mar Azul", Kind: sdn.Vessel}); topUID(hits) != 4238 {
		t.Errorf("vessel query missed the vessel")
	}
}

func containsReason(reasons []string, s string) bool {
	for _, r := range reasons {
		if strings.Contains(r, s) {
			return true
		}
	}
	return false
}

func TestScreenWallet(t *testing.T) {
	s := mustScreener(t)
	l := s.List()
	var checked int
	for i := range l.Entries {
		e := &l.Entries[i]
		for _, w := range e.Wallets {
			if w.Asset != "ETH" && w.Asset != "XBT" {
				continue
			}
			hits := s.Wallet("  " + w.Address + "\n")
			found := false
			for _, h := range hits {
				if h.Entry.UID == e.UID && h.Score == 1 && h.Matched == w.Address {
					found = true
				}
			}
			if !found {
				t.Errorf("wallet %s of %d not found: %v", w.Address, e.UID, hits)
			}
			checked++
		}
	}
	if checked < 100 {
		t.Errorf("only %d wallets checked", checked)
	}
	// A name and a wallet of one entry give one hit with both reasons.
	hits := s.Screen(Query{Name: "Nicolas Maduro", Wallets: []string{"0x098B716B8Aaf21512996dC57EB0615e2383E2f96"}})
	for _, h := range hits {
		if h.Entry.UID == 22790 && h.Score == 1 {
			t.Errorf("the name alone scored 1: %v", h)
		}
	}
}

// TestScreenWalletKind: Kind filters name matches only. A listed wallet is
// an exact identifier, and a payee given as a person whose wallet is a
// listed group's is a hit for the group.
func TestScreenWalletKind(t *testing.T) {
	s := mustScreener(t)
	const lazarus = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96" // Lazarus Group, an entity
	for _, k := range []sdn.Kind{sdn.Individual, sdn.Vessel, sdn.Aircraft, sdn.Entity} {
		q := Query{Name: "John Smith", Kind: k, Wallets: []string{lazarus}}
		if hits := s.Screen(q); topUID(hits) != 27307 {
			t.Errorf("kind %s: %v, want Lazarus Group (27307)", k, hitUIDs(hits))
		}
	}
	// Every listed wallet is found under a kind its entry is not.
	l := s.List()
	var checked int
	for i := range l.Entries {
		e := &l.Entries[i]
		other := sdn.Individual
		if e.Kind == sdn.Individual {
			other = sdn.Entity
		}
		for _, w := range e.Wallets {
			hits := s.Screen(Query{Kind: other, Wallets: []string{w.Address}})
			if !slices.ContainsFunc(hits, func(h Hit) bool { return h.Entry.UID == e.UID }) {
				t.Errorf("%s %s of %d (%s) not found with kind %s", w.Asset, w.Address, e.UID, e.Kind, other)
			}
			checked++
		}
	}
	if checked < 700 {
		t.Errorf("only %d wallets checked", checked)
	}
	// The name is still filtered by kind.
	if hits := s.Screen(Query{Name: "Lazarus Group", Kind: sdn.Individual}); slices.ContainsFunc(hits, func(h Hit) bool { return h.Entry.UID == 27307 }) {
		t.Errorf("kind individual matched the entity's name: %v", hitUIDs(hits))
	}
}

// TestScreenInvalidWallets: a query that does not validate is still
// screened by its wallets, so that one bad field beside a listed wallet
// cannot hide it from a caller that screens without validating.
func TestScreenInvalidWallets(t *testing.T) {
	s := mustScreener(t)
	const lazarus = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96" // Lazarus Group, 27307
	// 42 bytes each: more than MaxWalletBytes in all.
	many := make([]string, MaxWalletBytes/42+1)
	for i := range many {
		many[i] = fmt.Sprintf("0x%040x", i+1)
	}
	tests := []struct {
		name string
		q    Query
	}{
		{"unreadable second wallet", Query{Wallets: []string{lazarus, "ethereum:vitalik.eth"}}},
		{"unreadable first wallet", Query{Wallets: []string{"ethereum:vitalik.eth", lazarus}}},
		{"bad birth date", Query{Name: "John Smith", BirthDate: "12/03/1970", Wallets: []string{lazarus}}},
		{"unknown kind", Query{Name: "John Smith", Kind: "Company", Wallets: []string{lazarus}}},
		{"overlong name", Query{Name: strings.Repeat("a", MaxNameBytes+1), Wallets: []string{lazarus}}},
		{"name not UTF-8", Query{Name: "bad \xff", Wallets: []string{lazarus}}},
		{"bad MinScore", Query{Name: "John Smith", MinScore: 2, Wallets: []string{lazarus}}},
		{"overlong country", Query{Country: strings.Repeat("x", MaxCountryBytes+1), Wallets: []string{lazarus}}},
		{"wallets too long in all", Query{Wallets: append([]string{lazarus}, many...)}},
	}
	for _, tc := range tests {
		if tc.q.Validate() == nil {
			t.Fatalf("%s: the query validates", tc.name)
		}
		if hits := s.Screen(tc.q); !slices.Equal(hitUIDs(hits), []int{27307}) {
			t.Errorf("%s: %v, want Lazarus Group (27307) alone", tc.name, hitUIDs(hits))
		}
	}
	// The name of an invalid query is not screened.
	if hits := s.Screen(Query{Name: "Nicolas Maduro", BirthDate: "12/03/1970"}); len(hits) > 0 {
		t.Errorf("the name of an invalid query was screened: %v", hitUIDs(hits))
	}
	// Every wallet is read, the last of thousands too: an answer for
	// some would look like an answer for all.
	if hits := s.Screen(Query{Wallets: append(many, lazarus)}); !slices.Equal(hitUIDs(hits), []int{27307}) {
		t.Errorf("wallet %d of an invalid query: %v, want Lazarus Group (27307)", len(many)+1, hitUIDs(hits))
	}
	// Limit still applies.
	hits := s.Screen(Query{Kind: "Company", Limit: 1, Wallets: []string{lazarus, "rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66"}})
	if len(hits) != 1 {
		t.Errorf("Limit 1: %v", hitUIDs(hits))
	}
}

// A payment URI is screened by the addresses it names: an EIP-681 token
// transfer by its payee, not only by the token it moves.
func TestScreenWalletURI(t *testing.T) {
	s := mustScreener(t)
	const (
		usdt  = "0xdAC17F958D2ee523a2206206994597C13D831ec7" // the USDT contract, not listed
		payee = "0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c" // ANDREYEV, Anton Nikolaeyvich
	)
	for _, uri := range []string{
		"ethereum:" + usdt + "/transfer?address=" + payee + "&uint256=1e6",
		"ethereum:" + payee + "@1?value=1e18",
		"bitcoin:123WBUDmSJv4GctdVEz6Qq6z8nXSKrJ4KX?amount=0.25&label=Invoice%2042",
		"BITCOIN:BC1Q05AKTDDF9CE4P7HH3STGSF253M4VWEU7NKHTMW?AMOUNT=1",
		"bitcoincash:qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq?amount=2",
		// A malformed parameter does not hide the address.
		"bitcoin:123WBUDmSJv4GctdVEz6Qq6z8nXSKrJ4KX?label=Paid%20100%",
		"bitcoin:?bc=bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw",
	} {
		hits := s.Wallet(uri)
		if len(hits) == 0 || hits[0].Score != 1 || !containsReason(hits[0].Reasons, "payment URI") {
			t.Errorf("%s: %v", uri, hits)
		}
	}
	if hits := s.Wallet("ethereum:" + usdt + "/transfer?address=0x000000000000000000000000000000000000dEaD&uint256=1"); len(hits) > 0 {
		t.Errorf("a transfer to an address not listed hit %v", hits)
	}
	// A URI that names no address is an error of the query, not a clean
	// wallet.
	if err := (Query{Wallets: []string{"ethereum:tether.eth?value=1"}}).Validate(); !errors.Is(err, ErrQuery) || !strings.Contains(err.Error(), "is a name") {
		t.Errorf("Validate of a URI naming no address: %v", err)
	}
}

func TestQueryValidate(t *testing.T) {
	tests := []struct {
		q    Query
		want error
	}{
		{Query{}, ErrEmptyQuery},
		{Query{Name: "   "}, ErrEmptyQuery},
		{Query{Name: strings.Repeat("a", MaxNameBytes+1)}, ErrQuery},
		{Query{Name: "bad \xff utf8"}, ErrQuery},
		{Query{Name: "x", BirthDate: "23/11/1962"}, ErrQuery},
		{Query{Name: "x", Kind: "person"}, ErrQuery},
		{Query{Name: "x", MinScore: 2}, ErrQuery},
		{Query{Name: "x", BirthDate: "1962-11"}, nil},
	}
	s := mustScreener(t)
	for _, tc := range tests {
		err := tc.q.Validate()
		if !errors.Is(err, tc.want) && !(err == nil && tc.want == nil) {
			t.Errorf("%+v: Validate = %v, want %v", tc.q, err, tc.want)
		}
		if tc.want != nil && len(s.Screen(tc.q)) > 0 {
			t.Errorf("%+v: invalid query gave hits", tc.q)
		}
	}
}

// TestHostileQueries: the query path stays fast and quiet on input no
// payee has: huge names, control characters, every script at once.
func TestHostileQueries(t *testing.T) {
	s := mustScreener(t)
	rng := rand.New(rand.NewSource(1))
	var queries []string
	queries = append(queries, strings.Repeat("Maduro ", MaxNameBytes/7))
	queries = append(queries, strings.Repeat("\u200b", 300))
	queries = append(queries, "\x00\x01\x02 Nicolas \x1b[31m Maduro \x7f")
	queries = append(queries, strings.Repeat("ab ", 340))
	for i := 0; i < 50; i++ {
		b := make([]rune, 200)
		for j := range b {
			b[j] = rune(rng.Intn(0x3000))
		}
		queries = append(queries, string(b))
	}
	for _, q := range queries {
		start := time.Now()
		s.Name(q)
		if d := time.Since(start); d > 2*time.Second {
			// Not a timing assertion on speed: a query this slow means
			// the work is unbounded.
			t.Errorf("query of %d bytes took %v", len(q), d)
		}
	}
	if hits := s.Name("\x00\x01\x02 Nicolas \x1b[31m Maduro \x7f"); topUID(hits) != 22790 {
		t.Errorf("control characters hid the name: %v", hits)
	}
}

// TestCraftReadings checks the readings of ships' numbers and aircraft's
// registrations, and that ships and aircraft are found through them and
// through the word of a ship's type before a name of one word.
func TestCraftReadings(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Lydia 2", []string{"Lydia II", "Lydia Two"}},
		{"Adrian Darya One", []string{"Adrian Darya 1", "Adrian Darya I"}}, // I meets a name that ends in I alone
		{"ARK III", []string{"ARK 3", "ARK Three"}},
		{"RA76686", []string{"RA 76686"}},
		{"EPGOL", []string{"EP GOL"}},
		{"John Smith", nil},
		{"Silvia 1", []string{"Silvia I", "Silvia One"}},
		{"Smith I", []string{"Smith 1", "Smith One"}}, // met against craft alone
		{"SMITH JOHN I", nil},                         // an initial
		{"I", nil},
		{"Unit 21", nil},   // past twenty
		{"Ravi 07", nil},   // a leading zero is a code
		{"Rafael", nil},    // no prefix and digits
		{"RA76686 Z", nil}, // a registration is the whole name
		{"EPIC", nil},      // too short after its prefix
		{"epgol", nil},     // a registration is written in capitals
		{"Nam San No. 8", []string{"Nam San 8", "Nam San VIII", "Nam San Eight"}},
		{"Asia Bridge NO.1", []string{"Asia Bridge 1", "Asia Bridge I", "Asia Bridge One"}},
		{"BICENTENARIO-12", []string{"BICENTENARIO 12", "BICENTENARIO XII", "BICENTENARIO Twelve"}},
		{"FU YUAN YU No. 7876", []string{"FU YUAN YU 7876"}},
		{"Nora 3", []string{"Nora III", "Nora Three"}}, // no sign of a number
		{"RA-76842", nil}, // a registration
	} {
		if got := craftReadings(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("craftReadings(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for in, want := range map[string]string{
		"Reg. EP-ITH":                 "EP ITH",
		"tail number YV2869":          "YV 2869",
		"A/C RA86906":                 "RA 86906",
		"Aircraft registration URCKZ": "UR CKZ",
		"IL-76 RA–78831":              "RA 78831",
		"Aircraft registration P-633": "P 633",
		"EP-ITH":                      "", // one word: craftReadings
		"RAFAEL CARO QUINTERO":        "", // capitals, no digit, no cue
		"AN-124 Ruslan":               "", // a model, no prefix
		"Mohammad AL-NOOR":            "",
		"ZIA UR-REHMAN":               "", // a name
		"RA-MADAN ALI":                "",
	} {
		if got := registrationReading(in); got != want {
			t.Errorf("registrationReading(%q) = %q, want %q", in, got, want)
		}
	}
	s := mustAllScreener(t)
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"Reg. EP-ITH", 25500},
		{"Iran Air EP-CFI", 25515},
		{"tail number YV2869", 28334},
		{"MV Lydia 2", 52945},
		{"Adrian Darya One", 27304},
		{"RA76686", 43136},
		{"Tanker Simran", 53916},
		{"Yacht Tango", 35740},
		{"MT: SARDASHT", 15078},
		{"LNG carrier PAMIR", 55664},
		{"Oil tanker SOFIA", 54986},
		{"Nam San No. 8", 23727},
		{"DREAM-2", 15043},
		{"MT DEVON ex-DELVAR", 15047},
		{"JUPITER renamed APAMA", 15040},
		{"Vessel IMO Number: 9116412", 27304},
		{"MV Tyche 1", 51055},   // TYCHE I
		{"Phoenix NO.1", 52687}, // PHOENIX I
		{"ZEPHYR-1", 39686},
		{"REX I", 51725}, // REX 1
	} {
		if hits := s.Name(tc.query); !slices.Contains(hitUIDs(hits), tc.uid) || hits[0].Score < DefaultThreshold {
			t.Errorf("%q: hits %v, want %d first", tc.query, hitUIDs(hits), tc.uid)
		}
	}
	// A person's name with a number is read so against vessels alone, and
	// 1 read as I meets no II, III or IV, which begin with it.
	for _, q := range []string{"John Smith II", "Sparta 1", "Fiona One"} {
		for _, h := range s.Name(q) {
			if h.Score >= 0.95 {
				t.Errorf("%q: hit %q %.2f %v", q, h.Matched, h.Score, h.Reasons)
			}
		}
	}
}

// A ship's number and an aircraft's registration tell craft of one name
// apart: a fleet's next ship and the next registration are no hits.
func TestCraftNumberMismatch(t *testing.T) {
	s := mustAllScreener(t)
	wantFirst(t, s, map[string]int{
		"Adrian Darya One": 27304,
		"FU YUAN YU 7876":  33681,
		"RA76842":          40182,
		"EPMNA":            15457,
		"EP-MNA":           15457,
		"OCEAN PRINCESS I": 53901, // OCEAN PRINCESS 1
	})
	wantNoHit(t, s, "Adrian Darya 2", "FU YUAN YU 7903", "RA-76843", "EP-MNZ", "Sea Star 2", "SEA STAR II", "Dream 3", "Hero 3")
	// A listed ship's name that is met whole is no sibling's.
	if hits := s.Name("EP-MNA"); len(hits) != 1 {
		t.Errorf("EP-MNA: hits %v, want EP-MNA alone", hitUIDs(hits))
	}
}

// A name written as a ship's, with the slash of M/V or M/T, is no firm's:
// nor is M/T's T the firm's TRADING.
func TestVesselNamedNoFirm(t *testing.T) {
	s := mustAllScreener(t)
	for _, q := range []string{"M/V Nord Stream", "M/T Freedom Star", "M/T Eagle San Antonio", "M/T North Star"} {
		for _, h := range s.Name(q) {
			if h.Entry.Kind != sdn.Vessel {
				t.Errorf("%q: hit %s %q at %.3f", q, h.Entry.Kind, h.Matched, h.Score)
			}
		}
	}
	// A firm named after its ships' trade names no ship.
	for _, q := range []string{"GENERAL CARGO SHIPPING COMPANY", "Oil/Chemical Tanker Co", "LNG carrier Services"} {
		if p := vesselNamed(q); p != "" {
			t.Errorf("vesselNamed(%q) = %q, want none", q, p)
		}
	}
	// M.V. is a man's initials too.
	wantFirst(t, s, map[string]int{"M.V. FRUNZE ARSENAL DESIGN BUREAU": 44036, "M/T Global Angel": 53892})
}

// TestChineseSurnameSpellings checks that a Chinese family name in its
// Hong Kong or Taiwan spelling finds the list's pinyin, and that Li,
// which the Korean table pairs with Yi, stays apart from Lee.
func TestChineseSurnameSpellings(t *testing.T) {
	s := mustAllScreener(t)
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"Cheung Chun Xian", 30505}, // ZHANG, Chunxian
		{"Hsu Bin", 27471},          // XU, Bin
		{"Chow Yun", 55976},         // ZHOU, Yun
	} {
		if hits := s.Name(tc.query); topUID(hits) != tc.uid {
			t.Errorf("%q: top hit %d, want %d (%v)", tc.query, topUID(hits), tc.uid, hitUIDs(hits))
		}
	}
	if sameWord("li", "lee") || sameWord("li", "yi") {
		t.Error("Li paired with Lee or Yi")
	}
	// A syllable that is a particle elsewhere (da, as in da Silva) weighs
	// as a syllable in a Chinese name: Cai Feng is not 蔡达峰, CAI, Dafeng.
	if hits := s.Name("Cai Feng"); len(hits) > 0 {
		t.Errorf("Cai Feng: %q %.2f", hits[0].Matched, hits[0].Score)
	}
}

// TestWarm checks that Warm, and so Update, builds the tables that
// queries otherwise build when first needed, and that New does not.
func TestWarm(t *testing.T) {
	full, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	built := func(ix *index) []bool {
		return []bool{ix.abjad.byKey != nil, ix.spell.byKey != nil, ix.pairSpell.byKey != nil,
			ix.letters.of != nil, ix.surnames.uses != nil, ix.places.towns != nil}
	}
	s, err := New(full)
	if err != nil {
		t.Fatal(err)
	}
	if b := built(s.state.Load().names); slices.Contains(b, true) {
		t.Errorf("New built tables that wait for their first use: %v", b)
	}
	s.Warm()
	if b := built(s.state.Load().names); slices.Contains(b, false) {
		t.Errorf("Warm left tables unbuilt: %v", b)
	}
	if err := s.Update(full); err != nil {
		t.Fatal(err)
	}
	if b := built(s.state.Load().names); slices.Contains(b, false) {
		t.Errorf("Update swapped in an index with tables unbuilt: %v", b)
	}
	if topUID(s.Name("نيكولاس مادورو")) != 22790 {
		t.Error("a warmed index does not find Maduro in Arabic letters")
	}
}

func TestUpdate(t *testing.T) {
	full, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	// A small list of one entry, and the full list, swapped while
	// queries run: every answer must come from one whole index.
	small := &sdn.List{Source: "SDN", Entries: []sdn.Entry{*full.Entry(22790)}}
	s, err := New(small)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Update(&sdn.List{}); !errors.Is(err, ErrEmptyList) {
		t.Errorf("Update with an empty list: %v", err)
	}
	if err := s.Update(nil); !errors.Is(err, ErrEmptyList) {
		t.Errorf("Update with nil: %v", err)
	}
	if len(s.List().Entries) != 1 {
		t.Fatal("a failed update replaced the list")
	}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan string, 100)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if topUID(s.Name("Nicolas Maduro")) != 22790 {
					errs <- "Maduro not found during an update"
					return
				}
				if hits := s.Name("Vladimir Putin"); len(hits) > 0 && topUID(hits) != 35096 {
					errs <- "wrong entry for Putin"
					return
				}
			}
		}()
	}
	for i := 0; i < 4; i++ {
		if err := s.Update(full); err != nil {
			t.Fatal(err)
		}
		if err := s.Update(small); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestRecallAgainstBruteForce scores every listed name against a sample of
// queries directly, and checks that the index's candidates miss none that
// reaches the threshold: not one.
func TestRecallAgainstBruteForce(t *testing.T) {
	s := mustScreener(t)
	ix := s.state.Load().names
	rng := rand.New(rand.NewSource(7))
	var queries []string
	for i := 0; i < 120; i++ {
		e := &ix.list.Entries[rng.Intn(len(ix.list.Entries))]
		q := e.Name
		switch i % 8 {
		case 1: // one letter changed
			if r := []rune(q); len(r) > 4 {
				r[len(r)/2] = 'x'
				q = string(r)
			}
		case 2: // words reversed
			f := strings.Fields(strings.ReplaceAll(q, ",", ""))
			sort.Sort(sort.Reverse(sort.StringSlice(f)))
			q = strings.Join(f, " ")
		case 3: // last word dropped
			if f := strings.Fields(q); len(f) > 2 {
				q = strings.Join(f[:len(f)-1], " ")
			}
		case 4: // a word added: the query holds the listed name whole
			q += " Zqxwvk"
		case 5: // the first word as an initial, and a word added
			if f := strings.Fields(strings.ReplaceAll(q, ",", "")); len(f) > 2 {
				q = f[0][:1] + " " + strings.Join(f[1:], " ") + " Zqxwvk"
			}
		case 6, 7: // two letters changed in the longest word
			f := strings.Fields(q)
			w := 0
			for j := range f {
				if len(f[j]) > len(f[w]) {
					w = j
				}
			}
			if b := []byte(f[w]); len(b) >= 7 {
				b[2], b[len(b)-2] = 'x', 'q'
				f[w] = string(b)
				q = strings.Join(f, " ")
			}
		}
		queries = append(queries, q)
	}
	// A coined word, or a spelling of it, and an English word: each of
	// these must be found whole (the bounds read the English word as
	// nearly free).
	queries = append(queries, "Tinkoff Consulting", "Garantex Exchange", "Boutique Patraca", "Rostfinans Investments",
		"Grifon Consulting", "Apolon Consulting", "Funull Consulting")
	var want, found int
	for _, q := range queries {
		qt, got := ix.matchName(q, DefaultThreshold)
		have := make(map[int32]bool)
		for _, m := range got {
			if m.align.score >= DefaultThreshold {
				have[m.name] = true
			}
		}
		// Every query token against every dictionary token, once.
		sims := make([][]float64, len(ix.toks))
		for id := range ix.toks {
			row := make([]float64, len(qt))
			for i, t := range qt {
				if t.id >= 0 {
					row[i] = tokenSim(t.text, ix.toks[id].text)
					if ix.isVariant(t.id, int32(id)) {
						row[i] = max(row[i], variantSim)
					}
				} else {
					row[i] = wordSim(t.text, ix.toks[id].text)
				}
			}
			sims[id] = row
		}
		for n := range ix.names {
			a := bruteAlign(ix, qt, int32(n), sims)
			if a.score < DefaultThreshold || !ix.informativeName(qt, a, int32(n), bruteTexts(ix, int32(n)), hasAbjad(q)) {
				continue
			}
			want++
			if have[int32(n)] {
				found++
			} else {
				t.Errorf("%q: index missed %q (%.3f)", q, ix.names[n].text, a.score)
			}
		}
	}
	if want < len(queries)/2 {
		t.Fatalf("brute force found only %d names", want)
	}
	t.Logf("index against brute force: %d of %d names", found, want)
}

// bruteAlign scores one listed name against query tokens without the
// index's candidate tables: sims holds every query token against every
// dictionary token.
func bruteAlign(ix *index, q []qtok, n int32, sims [][]float64) alignment {
	rec := &ix.names[n]
	ctoks := rec.toks
	if len(ctoks) > 64 {
		ctoks = ctoks[:64]
	}
	cw := make([]float64, len(ctoks))
	clam := make([]float64, len(ctoks))
	ct := make([]string, len(ctoks))
	cb := make([]uint8, len(ctoks))
	k := ix.list.Entries[rec.entry].Kind
	for j, id := range ctoks {
		cw[j], ct[j], clam[j] = ix.toks[id].weight, ix.toks[id].text, missCost[rec.roles[j]]
		cb[j] = ix.brandOf(id, ix.brandWeight())
	}
	var buf alignBuf
	return align(q, k == sdn.Individual, k == sdn.Individual || k == sdn.Entity, cb, cw, clam, ct,
		func(i, j int) float64 { return sims[ctoks[j]][i] },
		func(i, j int) float64 {
			if s := tokenSim(canonicalAbd(q[i].text+q[i+1].text), ct[j]); s >= minJoinSim {
				return s
			}
			return 0
		},
		func(i, j int) float64 {
			if q[i].text == ct[j]+ct[j+1] || q[i].text == canonicalAbd(ct[j]+ct[j+1]) {
				return 1
			}
			return 0
		}, nil, &buf)
}

func TestSimilarity(t *testing.T) {
	tests := []struct {
		a, b string
		lo   float64
		hi   float64
	}{
		{"Nicolas Maduro", "MADURO MOROS, Nicolas", 0.85, 0.97},
		{"Vladimir Putin", "PUTIN, Vladimir", 1, 1},
		{"Владимир Путин", "PUTIN, Vladimir", 1, 1},
		{"Mohammed", "Muhammad", 0.85, 0.95},
		{"John Smith", "Maria Garcia", 0, 0},
		{"", "x", 0, 0},
		{"Abu Bakr", "Abubakr", 0.9, 1},
		// What payees carry and the list leaves out costs little: a
		// middle name, a patronymic, the father's name after "ben".
		{"TREVINO MORALES, Miguel Angel", "TREVINO MORALES, Miguel", 0.9, 0.95},
		{"Miguel Angel Trevino Morales", "TREVINO MORALES, Miguel", 0.9, 0.95},
		{"Andrii Hryhorovych Telizhenko", "TELIZHENKO, Andrii", 0.95, 0.99},
		{"Khalil Ben Ahmed Jarraya", "JARRAYA, Khalil", 0.93, 0.97},
		{"TAPIA ORTEGA DE ARRIOLA, Abigail", "TAPIA ORTEGA, Abigail", 0.85, 0.95},
		{"JAWAD, Abou Hassan", "JAWAD, Abu Hassan", 0.9, 1},
		{"NEJAD, Vali Mostafa", "MOSTAFANEJAD, Vali", 0.95, 1}, // joined across the comma
		// One given name in its Arabic, Persian, Turkish and Russian forms.
		{"Ali Rida Tangsiri", "TANGSIRI, Ali Reza", 0.9, 0.98},
		{"Ahmet Yilmazer", "YILMAZER, Ahmad", 0.9, 0.97},
		{"Ibragim Tsokaev", "TSOKAEV, Ibrahim", 0.9, 0.97},
		// Words firms abbreviate or translate.
		{"Richtek HK Electronic Co Ltd", "RICHTEK HONGKONG ELECTRONIC CO LIMITED", 0.9, 0.98},
		{"Fars Qeshm Airlines", "Qeshm Fars Air", 0.9, 0.98},
		{"Arctic LNG 1 LLC", "ARKTIK SPG 1", 0.9, 1},
		// A Russian state firm in transliteration, listed in English.
		{"Aktsionernoe Obshchestvo Nauchno Proizvodstvennoe Obedinenie Iskra", "JOINT STOCK COMPANY RESEARCH AND PRODUCTION ASSOCIATION ISKRA", 0.9, 1},
		{"Federalnoe Gosudarstvennoe Unitarnoe Predpriyatie Almaz", "Federal State Unitary Enterprise Almaz", 0.95, 1},
		// A Gulf company in Arabic, listed in English: للتجارة is "for
		// trade", للصرافة "for exchange".
		{"نصير صداقت للتجارة العامة ش.ذ.م.م", "Nasir Sadaqat General Trading L.L.C", 0.9, 1},
		{"شركة مايا للصرافة", "Maya Exchange Company", 0.9, 1},
		// A Turkish company in Turkish, listed in English.
		{"Anka Savunma Teknoloji Sanayi ve Ticaret Anonim Sirketi", "Anka Defense Technology Industry and Trade Inc", 0.9, 1},
		// A Chinese company in characters or pinyin, listed in English:
		// 科技 ke ji is "technology", 实业 shi ye "industrial".
		{"巨航航空科技深圳有限公司", "Juhang Aviation Technology Shenzhen Co., Ltd.", 0.9, 1},
		{"鼎泰實業科技有限公司", "Dingtai Industrial Technology Co Limited", 0.9, 1},
		{"Shenzhen Juhang Hangkong Keji Youxian Gongsi", "Juhang Aviation Technology Shenzhen Co., Ltd.", 0.88, 1},
		// A given name after the surname is not a middle name: it may
		// be someone else of that family.
		{"Trevino Morales Omar", "TREVINO MORALES, Miguel", 0, 0.7},
		{"Ivan Petrov Sergeyev", "PETROV, Ivan", 0, 0.7},
		// Han and Hangul syllables have no middle.
		{"신지혁", "SIN, Hyok", 0, 0.85},
		// Abd-names in one, two or three words.
		{"Abdulrahman Khalil", "KHALIL, Abd al-Rahman", 0.95, 1},
		{"Abdel Aziz Bouteflika", "BOUTEFLIKA, Abd al-Aziz", 0.95, 1},
		{"Abderrahmane Salim", "SALIM, Abd al-Rahman", 0.95, 1},
		{"عبد الرحمن خليل", "KHALIL, Abd al-Rahman", 0.9, 1},
		{"Abdul Karim", "KARIM, Abdul", 0.95, 1},
		// East Slavic given names in another language's form.
		{"Ihar Kuzmenka", "KUZMENKO, Igor", 0.85, 0.95},
		{"Olena Kostenko", "KOSTENKO, Elena", 0.9, 1},
		{"Paul Petrov", "PETROV, Pavel", 0, 0.7},
	}
	for _, tc := range tests {
		if got := Similarity(tc.a, tc.b); got < tc.lo || got > tc.hi {
			t.Errorf("Similarity(%q, %q) = %.3f, want in [%v, %v]", tc.a, tc.b, got, tc.lo, tc.hi)
		}
	}
}

func TestTokenSim(t *testing.T) {
	tests := []struct {
		a, b string
		want bool // a match at all
	}{
		{"mohammed", "muhammad", true},
		{"yusuf", "yousef", true},
		{"nicolas", "nikolas", true},
		{"garcia", "grace", false},
		{"ali", "ari", false},
		{"maduro", "madura", true},
		{"osama", "usama", true},
		{"kim", "kin", false},
		{"but", "bout", true}, // Бут: u written ou
		{"nur", "nour", true},
		{"nur", "noor", true},
		{"lu", "lou", false}, // two syllables of pinyin
		{"bot", "bout", false},
		{"aleksandr", "alexander", true},
		{"kayyumi", "qayumi", true},
		{"militsa", "militech", false},
		{"yong", "myong", false},          // five letters, another beginning: another syllable
		{"vuong", "cuong", false},         // Vietnamese Vương, Cường
		{"hernandez", "fernandez", false}, // long words of another beginning are other names
		{"nasser", "yasser", false},
		{"hassan", "kassan", false},
		{"ghassan", "hassan", false},
		{"hussein", "ussein", true},      // an h some spellings leave out
		{"hramashov", "gramashov", true}, // г read h and g
		{"bladimir", "vladimir", true},   // Spanish b for v
		{"yiannakou", "giannakou", true}, // Greek γι
		{"ryonbong", "yonbong", true},    // the r the South drops
		{"tchaikovsky", "chaikovsky", true},
		{"ghulam", "gulam", true}, // and the onsets transliterations trade
		{"shamkhani", "chamkhani", true},
		{"djamel", "jamel", true},
		{"nodong", "rodong", true},
		{"yongbyon", "nyongbyon", true},
		{"khotu", "hotu", true},  // Russian х as kh or h
		{"gwang", "kwang", true}, // Korean romanisations differ in the voicing of an initial
		{"joan", "jina", false},  // four letters alike in two consonants, three letters apart
		{"cook", "kuac", false},
		{"omar", "umer", true},   // two apart
		{"lain", "line", true},   // the English silent e, as Russian writes Line
		{"asdiq", "sadiq", true}, // two first letters swapped
		{"lee", "ri", false},     // letters alone do not pair them: koreanSurnames does
		{"seon", "son", true},    // 선: eo in the Revised Romanization, o as the list writes ŏ
		{"geum", "gum", true},
		{"ryong", "yong", true}, // 룡 / 용: South Korea drops the r of the initial sound
		{"rim", "im", true},
		{"ryang", "yang", true},
		{"ri", "i", false},     // a letter is an initial, as alone as it is
		{"rash", "ash", false}, // no Korean syllable
		{"ryan", "yan", false}, // no syllable of a Korean name
		{"lyu", "yu", false},   // Chinese 吕 and 于 are two names
		{"dan", "tan", false},  // koreanKey folds d and t, but a short word is another name
		{"haramain", "herman", false},
		{"dux", "duks", true},
		{"qasemi", "ghasemi", true},
		{"ghazi", "qazi", true},
		{"zaww", "zaw", true},
		{"bah", "ba", true}, // a final h after the vowel
		{"shah", "sha", true},
		{"nematollah", "nemat", true}, // a Persian name with and without Allah
		{"habib", "habibullah", true},
		{"abdallah", "abd", false},
		{"bah", "bat", false},
		{"zaww", "zow", false},
		{"jin", "jun", false},            // two pinyin syllables
		{"tianyi", "tianxin", false},     // two characters written as one word, one of them another
		{"xiaoyu", "xiaojun", false},     // the same, the first alike
		{"tianxin", "tianxim", true},     // a slip in one of the two
		{"mariana", "marianne", true},    // pinyin only if read as four syllables
		{"chonmyong", "chongbong", true}, // two letters changed in nine
		{"ying", "yong", false},          // are two characters
		{"zhang", "zhong", false},
		{"ali", "ele", false}, // two letters of three
		{"nwe", "new", true},  // two letters swapped
		// p b and v f are one in the skeleton, for Arabic script, but
		// not in a short word.
		{"fadi", "wadi", false}, {"wong", "fong", false}, {"park", "bark", false},
		{"butin", "putin", true},
		// Burmese names with and without the h of an aspirate.
		{"htun", "tun", true}, {"hsan", "san", true}, {"hali", "ali", false},
	}
	for _, tc := range tests {
		if got := tokenSim(tc.a, tc.b) > 0; got != tc.want {
			t.Errorf("tokenSim(%q, %q) = %.3f", tc.a, tc.b, tokenSim(tc.a, tc.b))
		}
	}
	// One name in two transliterations scores as the list's own pairs
	// do; two names a letter apart do not.
	for _, p := range [][2]string{{"valkom", "valcom"}, {"shklyanik", "shklianik"}, {"kharoubi", "kharroubi"},
		{"karbonteks", "carbontex"}, {"khadafy", "khaddafi"}, {"sivkovych", "sivkovich"},
		{"anatolyevich", "anatolijevitch"}, {"jevgenij", "yevgeniy"}, {"sergej", "sergey"}, {"jusuf", "yusuf"},
		{"sergeyev", "sergeev"}, {"pravourmiyskoye", "pravourmiskoe"}, {"yelena", "elena"},
		{"kowaltschuk", "kovalchuk"}, {"wladimirowitsch", "vladimirovich"},
		{"tatjana", "tatyana"}, {"ljudmila", "lyudmila"}, {"natalja", "natalya"},
		{"janukowycz", "yanukovych"}, {"kaczynski", "kachinsky"},
		{"prigojine", "prigozhin"}, {"poutine", "putin"}, {"yasmine", "yasmin"}, {"guennadi", "gennadiy"}, {"serguei", "sergey"},
		{"pooria", "puriya"}, {"choigou", "shoigu"}, {"choukri", "shukri"}, {"michailowitsch", "mikhailovich"},
		// and the English ch of such words: one name still.
		{"choukri", "chukri"}, {"kowalchuk", "kovalchuk"}, {"pawlowich", "pavlovich"},
		// French's w: Oualid is Walid.
		{"oualid", "walid"}, {"ouali", "wali"}, {"ouattara", "wattara"},
		// -off and -eff, the émigrés' -ov and -ev.
		{"konstantinoff", "konstantinov"}, {"smirnoff", "smirnov"}, {"lebedeff", "lebedev"}} {
		if got := tokenSim(p[0], p[1]); got != translitSim {
			t.Errorf("tokenSim(%q, %q) = %.3f, want %.2f", p[0], p[1], got, translitSim)
		}
	}
	// An o written ou, as Arabic and Persian names are: above the least a
	// firm's one word needs (minLoneSim).
	for _, p := range [][2]string{{"soran", "souran"}, {"mourad", "morad"}, {"khosrou", "khosro"}} {
		if got := tokenSim(p[0], p[1]); got != ouSim {
			t.Errorf("tokenSim(%q, %q) = %.3f, want %.2f", p[0], p[1], got, ouSim)
		}
	}
	// Two given names, however close in letters, are not one name.
	for _, p := range [][2]string{{"hassan", "hussein"}, {"hasan", "husayn"}, {"jamal", "jamil"}, {"omar", "amir"},
		{"said", "saad"}, {"khalid", "khalil"}, {"sayed", "said"}, {"aleksandr", "aleksandra"},
		{"salam", "salah"}, {"salam", "salim"},
		// nor a name and the name after w, its ou in French (frenchW).
		{"ouali", "ali"}, {"oualid", "alid"}} {
		if got := tokenSim(p[0], p[1]); got != 0 {
			t.Errorf("tokenSim(%q, %q) = %.3f, want 0", p[0], p[1], got)
		}
	}
	// Pinyin's j and y before i are two sounds; a short key meets others
	// by chance; a feminine e is not silent.
	for _, p := range [][2]string{{"maduro", "madura"}, {"hassan", "hussan"}, {"karim", "kerim"},
		{"danielle", "daniel"}, {"denise", "denis"},
		{"jingping", "yingping"}, {"yunjoo", "junju"}} {
		if got := tokenSim(p[0], p[1]); got >= translitSim {
			t.Errorf("tokenSim(%q, %q) = %.3f, want below %.2f", p[0], p[1], got, translitSim)
		}
	}
	// A key that does not fit is none: cut short, it would make tokens
	// that differ past the cut one name.
	var kb [32]byte
	if k := translitKeyTo(&kb, strings.Repeat("ax", 40)); k != nil {
		t.Errorf("a key too long for its buffer: %q", k)
	}
	long := strings.Repeat("abcdefgh", 4)
	if s := tokenSim(long+"xyzuv", long+"qrstw"); s >= translitSim {
		t.Errorf("tokens alike in their first 32 letters only: %.3f", s)
	}
	if d := editDistance("abcd", "abdc"); d != 1 {
		t.Errorf("transposition distance = %d", d)
	}
	if skeleton("mohammed") != skeleton("muhammad") || skeleton("yusuf") != skeleton("youssef") {
		t.Errorf("skeletons: %s %s %s %s", skeleton("mohammed"), skeleton("muhammad"), skeleton("yusuf"), skeleton("youssef"))
	}
}

func BenchmarkBuild(b *testing.B) {
	l, err := snapshot.SDN()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(l); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzScreenName(f *testing.F) {
	for _, s := range []string{"Nicolas Maduro", "Путин", "김정은", "الزمر", "a\u200bb", "\xff\xfe", "ＰＵＴＩＮ", "Abu Bakr al-Baghdadi",
		"IL-76TD MSN 1013409297", "Reg. EP-ITH", "Nam San No. 8", "MT DEVON ex-DELVAR", "이병철"} {
		f.Add(s)
	}
	s := mustScreener(f)
	f.Fuzz(func(t *testing.T, name string) {
		for _, h := range s.Screen(Query{Name: name, MinScore: 0.5}) {
			if h.Score < 0.5 || h.Score > 1 || h.Entry == nil || len(h.Reasons) == 0 {
				t.Fatalf("bad hit %+v", h)
			}
		}
	})
}

// TestExactNamesFound screens every listed name that holds a token twice
// ("MORFIN MORFIN, Cesar") or is too light for its tokens to bring it in
// ("3K GROUP LIMITED") exactly as published: each must find its entry.
func TestExactNamesFound(t *testing.T) {
	s := mustScreener(t)
	ix := s.state.Load().names
	var repeated, light, missed int
	for n := range ix.names {
		rec := &ix.names[n]
		isLight := ix.light[ix.lightKey(rec.toks, nil)] != nil
		if !ix.repeated(int32(n)) && !isLight || rec.weak {
			continue // a weak alias is not meant to match on its own
		}
		if isLight {
			light++
		} else {
			repeated++
		}
		uid := ix.list.Entries[rec.entry].UID
		found := false
		for _, h := range s.Screen(Query{Name: rec.text, Limit: 50}) {
			found = found || h.Entry.UID == uid
		}
		if !found {
			missed++
			t.Errorf("%q (%d) does not find its entry", rec.text, uid)
		}
	}
	t.Logf("%d names with a repeated token, %d light names, %d missed", repeated, light, missed)
	if repeated < 20 || light == 0 {
		t.Errorf("the list should have such names: %d repeated, %d light", repeated, light)
	}
}

// TestWeakOneWord: a firm's coined one-word weak alias (KOMID) is found by
// that word alone, a little lower than a strong one; a person's nickname
// ("Fito") and a word of the language are not.
func TestWeakOneWord(t *testing.T) {
	s := mustScreener(t)
	ix := s.state.Load().names
	var found, nicknames int
	for n := range ix.names {
		rec := &ix.names[n]
		if !rec.weak || len(rec.toks) != 1 {
			continue
		}
		e := &ix.list.Entries[rec.entry]
		tok := ix.toks[rec.toks[0]].text
		var via, other *Hit // a hit on the entry through this alias, through another name
		hits := s.Screen(Query{Name: rec.text, Limit: 50})
		for i := range hits {
			if hits[i].Entry.UID == e.UID {
				if hits[i].Matched == rec.text {
					via = &hits[i]
				} else {
					other = &hits[i]
				}
			}
		}
		switch {
		case e.Kind == sdn.Individual:
			if strings.Trim(tok, "abcdefghijklmnopqrstuvwxyz") != "" || hasCamel(rec.text) {
				continue // a handle ("lucky12345", "JimJones")
			}
			nicknames++
			if via != nil {
				t.Errorf("%q, a nickname of %s, hits %.3f", rec.text, e.Name, via.Score)
			}
		case len(tok) >= weakWordLen && ix.brandOf(rec.toks[0], ix.brandWeight())&brandAlone != 0 && !isEnglish(tok) && equivalentGroup[tok] == 0:
			found++
			if via == nil && other == nil || via != nil && math.Abs(via.Score-weakFactor) > 1e-9 {
				t.Errorf("%q (%s): %v, want a hit of %.2f through it", rec.text, e.Name, via, weakFactor)
			}
		}
	}
	t.Logf("%d coined one-word weak aliases found, %d nicknames", found, nicknames)
	if found < 100 || nicknames < 100 {
		t.Errorf("the list should have such aliases: %d coined, %d nicknames", found, nicknames)
	}
	if hits := s.Name("JimJones"); len(hits) == 0 || hits[0].Matched != "JimJones" {
		t.Errorf("JimJones, a handle as written: %v", hits)
	}
	// A kunya is written in two words or one: "Abu Lail" is ABULAIL.
	if hits := s.Name("Abu Lail"); len(hits) == 0 || hits[0].Entry.UID != 9935 {
		t.Errorf("Abu Lail: %v, want ABULAIL (9935)", hitUIDs(hits))
	}
	// A word of the language, a given name (CHRISTINA, a ship's), a
	// nickname, a short acronym: no hit alone.
	for _, q := range []string{"Horse", "Christina", "Fito", "BIM", "KOMID Trading", "Ben", "Jim Jones"} {
		if hits := s.Name(q); len(hits) > 0 {
			t.Errorf("%q: %s %.3f", q, hits[0].Matched, hits[0].Score)
		}
	}
}

// TestBoundedDistance checks the early-stopping edit distance against a
// plain dynamic programme of the same distance (optimal string alignment)
// on the evaluation names' tokens.
func TestBoundedDistance(t *testing.T) {
	osa := func(a, b string) int {
		d := make([][]int, len(a)+1)
		for i := range d {
			d[i] = make([]int, len(b)+1)
			d[i][0] = i
		}
		for j := range d[0] {
			d[0][j] = j
		}
		for i := 1; i <= len(a); i++ {
			for j := 1; j <= len(b); j++ {
				cost := 1
				if a[i-1] == b[j-1] {
					cost = 0
				}
				d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
				if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
					d[i][j] = min(d[i][j], d[i-2][j-2]+1)
				}
			}
		}
		return d[len(a)][len(b)]
	}
	set := loadEvalSet(t)
	var toks []string
	for _, c := range set.Perturbed[:300] {
		toks = append(toks, nameTokens(c.Query)...)
	}
	// Each token beside its respellings of one to four random edits, and
	// beside the next tokens.
	rng := rand.New(rand.NewSource(3))
	edit := func(s string) string {
		b := []byte(s)
		for range 1 + rng.Intn(4) {
			p := rng.Intn(len(b) + 1)
			c := byte('a' + rng.Intn(26))
			switch op := rng.Intn(4); {
			case op == 0 || len(b) < 2:
				b = slices.Insert(b, p, c)
			case op == 1 && p < len(b):
				b = slices.Delete(b, p, p+1)
			case op == 2 && p+1 < len(b):
				b[p], b[p+1] = b[p+1], b[p]
			case p < len(b):
				b[p] = c
			}
		}
		return string(b)
	}
	// Words of three letters, where equal letters meet often: at the
	// edges of a common beginning or ending above all.
	for range 20000 {
		var a, b []byte
		for range rng.Intn(9) {
			a = append(a, "abc"[rng.Intn(3)])
		}
		for range rng.Intn(9) {
			b = append(b, "abc"[rng.Intn(3)])
		}
		want := osa(string(a), string(b))
		// Bounds past any length too, which k+1 would overflow.
		for _, k := range []int{0, 1, 2, 3, math.MaxInt32, math.MaxInt} {
			exp := want
			if want > k {
				exp = k + 1
			}
			if got := boundedDistance(string(a), string(b), k); got != exp {
				t.Fatalf("boundedDistance(%q, %q, %d) = %d, want %d", a, b, k, got, exp)
			}
		}
	}
	for i, a := range toks {
		var near []string
		for range 20 {
			near = append(near, edit(a))
		}
		for _, b := range slices.Concat(toks[i:min(len(toks), i+40)], near) {
			want := osa(a, b)
			if got := editDistance(a, b); got != want {
				t.Fatalf("editDistance(%q, %q) = %d, want %d", a, b, got, want)
			}
			for k := 0; k <= 3; k++ {
				if got := boundedDistance(a, b, k); got != min(want, k+1) {
					t.Fatalf("boundedDistance(%q, %q, %d) = %d, want %d", a, b, k, got, min(want, k+1))
				}
			}
		}
	}
}

// TestLookupCache checks that a query answered through the index's lookup
// cache gets the hits, scores and reasons it gets without it, the first
// time and the second.
func TestLookupCache(t *testing.T) {
	l, err := snapshot.SDN()
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(l) // its own: the test switches the cache off and on
	if err != nil {
		t.Fatal(err)
	}
	ix := s.state.Load().names
	queries := []string{
		"Nicolas Maduro", "Mohammed Yusuf Mansur", "Osama bin Laden", "Banco Nacional de Cuba",
		"Aleksandr Gizunov", "Ihor Kuzmenko", "Strait Shipbrokers Asia Pte Ltd", "Maria Grace Lopez",
		"Khorasan Steel Company Private Joint Stock", "Joseph Kony", "Mohammed Ali", "Shipping Trading",
	}
	screen := func(q string) string {
		var b strings.Builder
		for _, h := range s.Screen(Query{Name: q, MinScore: 0.6}) {
			fmt.Fprintf(&b, "%d %.6f %s %q\n", h.Entry.UID, h.Score, h.Matched, h.Reasons)
		}
		return b.String()
	}
	cache := ix.found
	ix.found = nil
	var want []string
	for _, q := range queries {
		want = append(want, screen(q))
	}
	ix.found = cache
	for pass := range 2 {
		for i, q := range queries {
			if got := screen(q); got != want[i] {
				t.Errorf("pass %d, %q through the cache:\n%s\nwithout:\n%s", pass, q, got, want[i])
			}
		}
	}
	if ix.found.Len() == 0 {
		t.Error("nothing was cached")
	}
}

// TestOneWordNames builds the index of a list whose every name is one
// word, which leaves the table of joined words empty.
func TestOneWordNames(t *testing.T) {
	l := &sdn.List{Entries: []sdn.Entry{
		{UID: 1, Name: "GAZPROMBANK", Kind: sdn.Entity},
		{UID: 2, Name: "ROSNEFT", Kind: sdn.Entity},
	}}
	s, err := New(l)
	if err != nil {
		t.Fatal(err)
	}
	if got := topUID(s.Name("Gazprombank")); got != 1 {
		t.Errorf("Gazprombank: top hit %d, want 1", got)
	}
}

// TestThreeWordJoin screens names the query splits into three words where
// the list writes one.
func TestThreeWordJoin(t *testing.T) {
	l := &sdn.List{Entries: []sdn.Entry{
		{UID: 1, Name: "CHONGCHONGANG SHIPPING COMPANY LIMITED", Kind: sdn.Entity},
		{UID: 2, Name: "BINALSHIBH, Ramzi Mohammed Abdullah", Kind: sdn.Individual},
		{UID: 3, Name: "Divetechnoservices", Kind: sdn.Entity},
	}}
	s, err := New(l)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"Chong Chon Gang Shipping Co. Ltd", 1},
		{"BIN AL SHIBH, Ramzi", 2}, // the join before the comma
		{"Ramzi bin al-Shibh", 2},
		{"Dive Techno Services", 3},
	} {
		hits := s.Name(tc.query)
		if topUID(hits) != tc.uid {
			t.Errorf("%q: top hit %d, want %d", tc.query, topUID(hits), tc.uid)
			continue
		}
		if !containsReason(hits[0].Reasons, "(joined)") {
			t.Errorf("%q: reasons do not say what was joined: %v", tc.query, hits[0].Reasons)
		}
	}
}

// bruteTexts is the texts of listed name n's tokens, as matchTokens gives
// them to informative.
func bruteTexts(ix *index, n int32) []string {
	var ct []string
	for _, id := range ix.names[n].toks[:min(len(ix.names[n].toks), 64)] {
		ct = append(ct, ix.toks[id].text)
	}
	return ct
}

// A ship written with the prefix of its type is found as the list names
// it, and the prefix is said to be left out; the prefix reading finds
// vessels only.
func TestScreenVesselPrefix(t *testing.T) {
	s := mustScreener(t)
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"MV Sabaneta", 26644},
		{"M/T Global Angel", 53892},
		{"M.V. Marina Vision", 53154},
		{"tanker Grace 1", 27304},    // the type in a word, before the name
		{"NS Century tanker", 46290}, // or after it
	} {
		hits := s.Name(tc.query)
		if topUID(hits) != tc.uid {
			t.Errorf("%q: top hit %d, want %d: %v", tc.query, topUID(hits), tc.uid, hits)
			continue
		}
		if !containsReason(hits[0].Reasons, "word of a vessel's type") {
			t.Errorf("%q: reasons do not name the prefix: %v", tc.query, hits[0].Reasons)
		}
	}
	if hits := s.Screen(Query{Name: "MV Sabaneta", Kind: sdn.Individual}); len(hits) > 0 {
		t.Errorf("MV Sabaneta as a person: %v", hits)
	}
	// Initials that look like a prefix still match the firm they name.
	if hits := s.Name("MV Protsenko"); len(hits) == 0 || hits[0].Entry.Kind != sdn.Entity {
		t.Errorf("MV Protsenko: %v", hits)
	}
	for _, tc := range []struct{ in, rest, prefix string }{
		{"MV Sabaneta", "Sabaneta", "MV"},
		{" m/t  Global Angel ", "Global Angel", "m/t"},
		{"MVX Sabaneta", "MVX Sabaneta", ""},
		{"MV", "MV", ""},
		{"Mr Smith", "Mr Smith", ""},
	} {
		if rest, p := cutVesselPrefix(tc.in); rest != tc.rest || p != tc.prefix {
			t.Errorf("cutVesselPrefix(%q) = %q, %q; want %q, %q", tc.in, rest, p, tc.rest, tc.prefix)
		}
	}
}

// TestLearnedVariants: the spellings an entry gives of one word are
// paired, and a surname is not paired with a given name however alike
// ("SHOR, Sara" and "SHORE, Jasmine" do not make Sara and Shore one name).
func TestLearnedVariants(t *testing.T) {
	l := &sdn.List{Entries: []sdn.Entry{
		{UID: 1, Name: "SHOR, Sara Lvovna", Kind: sdn.Individual, Aliases: []sdn.Alias{
			{Type: sdn.AKA, Name: "SHORE, Jasmine"},
			{Type: sdn.AKA, Name: "SHOR, Sarah"},
		}},
	}}
	s, err := New(l)
	if err != nil {
		t.Fatal(err)
	}
	ix := s.state.Load().names
	paired := func(a, b string) bool {
		ia, ok := ix.dict[a]
		if !ok {
			t.Fatalf("%q not indexed", a)
		}
		return slices.Contains(ix.variants[ia], ix.dict[b])
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"shor", "shore", true},
		{"sara", "sarah", true},
		{"sara", "shore", false},
		{"sara", "shor", false}, // together in one name
	} {
		if got := paired(tc.a, tc.b); got != tc.want {
			t.Errorf("%s / %s paired: %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// A rare surname alone finds the people who bear it, scored down for the
// given names it lacks; a given name alone, or a company's one English
// word, does not.
func TestScreenLoneSurname(t *testing.T) {
	s := mustScreener(t)
	for _, tc := range []struct {
		query string
		uids  []int
	}{
		{"Deripaska", []int{24283}},       // DERIPASKA, Oleg Vladimirovich
		{"Khamenei", []int{26945, 27848}}, // KHAMENEI, Ali Husseini; KHAMENEI, Mojtaba
	} {
		hits := s.Screen(Query{Name: tc.query, MinScore: 0.5})
		var got []int
		for _, h := range hits {
			got = append(got, h.Entry.UID)
			if h.Score >= DefaultThreshold {
				t.Errorf("%q: %d scores %.3f, a surname alone should not reach the threshold here", tc.query, h.Entry.UID, h.Score)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.uids) {
			t.Errorf("%q: hits %v, want %v", tc.query, got, tc.uids)
		}
	}
	for _, q := range []string{"Tadamasa", "Integrity", "Vladimirovich"} {
		if hits := s.Screen(Query{Name: q, MinScore: 0.3}); len(hits) > 0 {
			t.Errorf("%q: hit %q at %.3f %v", q, hits[0].Matched, hits[0].Score, hits[0].Reasons)
		}
	}
}

// A payee line that joins several names ("dba", "a.k.a.", "c/o",
// brackets) is split, and each part is matched on its own as well.
func TestSplitNames(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Blue Ocean Trading LLC dba Sovcomflot", []string{"Blue Ocean Trading LLC", "Sovcomflot"}},
		{"Sovcomflot D/B/A Blue Ocean", []string{"Sovcomflot", "Blue Ocean"}},
		{"John Smith a.k.a. Viktor Bout", []string{"John Smith", "Viktor Bout"}},
		{"Joaquin Guzman (El Chapo)", []string{"Joaquin Guzman", "El Chapo"}},
		{"XYZ Ltd trading as Tinkoff", []string{"XYZ Ltd", "Tinkoff"}},
		{"Nicolas Maduro c/o Acme; Smith | Jones", []string{"Nicolas Maduro", "Acme", "Smith", "Jones"}},
		{"Bank of China (Hong Kong) Ltd", nil},                      // a country, or words of a trade and a legal form, name no one
		{"Shan Foods (Pvt) Ltd", []string{"Pvt", "Shan Foods Ltd"}}, // a legal form after the bracket: no "Shan Foods" alone
		{"SUNRISE (HK) LTD", []string{"SUNRISE LTD"}},
		{"Toyota Motor (China) Investment Co", []string{"Toyota Motor Investment Co"}},
		// A place in the bracket and a legal form at the end: a firm's
		// name, whose words after the bracket are no name alone.
		{"Aurobindo Pharma (Datong) Biopharm Co Ltd", []string{"Datong", "Aurobindo Pharma Biopharm Co Ltd"}},
		{"X Ltd; Ltd", []string{"X Ltd"}}, // nor does a legal form
		{"Iran Air (Homa) Tehran", []string{"Iran Air", "Homa", "Tehran", "Iran Air Tehran"}},
		{"IVANOV IVAN (A/C 40817810) VTB BANK", []string{"IVANOV IVAN", "A/C 40817810", "VTB BANK", "IVANOV IVAN VTB BANK"}},
		{"Sovcomflot (Moscow", []string{"Sovcomflot", "Moscow"}},
		{"ABC Trading LLC", nil},
		{"Dakar Trading", nil},
		{"Fidelity FBO John Smith", []string{"Fidelity", "John Smith"}},
		{"Jane Doe I/T/F Ali Khamenei", []string{"Jane Doe", "Ali Khamenei"}},
		{"Acme Ltd for the benefit of Viktor Bout", []string{"Acme Ltd", "Viktor Bout"}},
		{"First Trust Company", nil},
		{"John Smith", nil},
		// A ship's former name: after ex- that follows a word, after
		// renamed, and after ex or at the start when the name is a
		// ship's; "Ex" is a firm's word elsewhere.
		{"DEVON ex-DELVAR", []string{"DEVON", "DELVAR"}},
		{"JUPITER renamed APAMA", []string{"JUPITER", "APAMA"}},
		{"MT DEVON ex DELVAR", []string{"MT DEVON", "DELVAR"}},
		{"Ex Libris LLC", nil},
		{"Ex-Im Bank", nil},
		{"Marie Dupont ex Martin", nil},
		// "alias", and French papers' "dit" and phrases.
		{"Joaquin Guzman Loera alias El Chapo", []string{"Joaquin Guzman Loera", "El Chapo"}},
		{"Mokhtar BELMOKHTAR dit Laaouar", []string{"Mokhtar BELMOKHTAR", "Laaouar"}},
		{"Omar DIABY dite Omar Omsen", []string{"Omar DIABY", "Omar Omsen"}},
		{"SARL Atlas connue sous le nom de Sahara Trading", []string{"SARL Atlas", "Sahara Trading"}},
		{"Banque X au profit de Rami Makhlouf", []string{"Banque X", "Rami Makhlouf"}},
		{"Dit Consulting", nil},
		// A married woman's names.
		{"AL-ASSAD née AKHRAS Asma", []string{"AKHRAS Asma", "AL-ASSAD Asma"}},
		{"Anni BEURKLIAN épouse AJAKA", []string{"Anni BEURKLIAN", "Anni AJAKA"}},
		{"Marie Müller geb. Schmidt", []string{"Marie Müller", "Marie Schmidt"}},
		{"Fatima Zahra BENNANI épouse HASSAN", []string{"Fatima Zahra BENNANI", "Fatima Zahra HASSAN"}},
		{"AJAKA NEE BEURKLIAN ANNI", []string{"BEURKLIAN ANNI", "AJAKA ANNI"}},
		{"Marie Dupont veuve Martin Jeanne", []string{"Marie Dupont", "Martin Jeanne"}},
		{"Veuve SHAWKAT Bushra née AL-ASSAD", []string{"SHAWKAT Bushra", "AL-ASSAD Bushra"}}, // her state first, as a title
		{"Bushra Shawkat nee Al-Assad, veuve", []string{"Bushra Shawkat", "Bushra Al-Assad"}},
	} {
		if got := splitNames(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("%q: %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A name joined to another in the query is found, and the hit says which
// part matched.
func TestScreenJoinedNames(t *testing.T) {
	s := mustScreener(t)
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"Blue Ocean Trading LLC dba Sovcomflot", 34741}, // JOINT STOCK COMPANY SOVCOMFLOT
		{"John Smith aka Viktor Bout", 8279},             // BOUT, Viktor Anatolijevitch
		{"Viktor Bout (contractor)", 8279},
		{"Fidelity Investments FBO Nicolas Maduro Moros IRA", 22790}, // paid for another
		{"Jane Doe ITF Ali Khamenei", 26945},
		{"Martin KOUMTAMADJI dit Abdoulaye Miskine", 16725}, // French papers' "dit"
		{"AL-ASSAD née AKHRAS Asma", 29068},                 // a maiden name
		{"Comité Imam Khomeini (Liban)", 12115},             // a country in French, not Liban Trading
		{"John Smith OBO Mahan Air", 12927},
	} {
		wantHitSaying(t, s, tc.query, tc.uid, "which joins several names")
	}
	// The words that head a payment made for another are no name's: "In
	// trust for" is no firm INTRUST.
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"In trust for Hezbollah", 4697},
		{"F/B/O Hamas", 4695},
		{"FBO Hamas", 4695},
		{"For further credit to: Garantex Europe OU", 36025},
		{"On behalf of Mahan Air", 12927},
	} {
		if hits := s.Name(tc.query); len(hits) == 0 || hits[0].Entry.UID != tc.uid || hits[0].Score < 0.9 {
			t.Errorf("%q: %v, want %d first", tc.query, hits, tc.uid)
		}
	}
	// A place in brackets, alone or with a legal form, is where a firm
	// is, not a name: "(Cayman)" is no MARISCOS EL CAIMAN, "(Dubai) Ltd"
	// no DUBAI TRADING COMPANY.
	for _, q := range []string{"WuXi Biologics (Cayman) Inc.", "Zhihu Technology (Dubai) Ltd", "Lufax Technology (Beirut) Ltd", "Real Estate LLC"} {
		if hits := s.Name(q); len(hits) > 0 {
			t.Errorf("%q: %s %.3f %v", q, hits[0].Matched, hits[0].Score, hits[0].Reasons)
		}
	}
	wantHitSaying(t, s, "Mahan Air (Dubai)", 12927, "which joins several names")
	wantHitSaying(t, s, "Export Development Bank of Iran (EDBI)", 25639, "which joins several names") // a state's firm
	wantHitSaying(t, s, "Blue Ocean LLC dba Dubai Trading Company", 10603, "which joins several names")
	wantHitSaying(t, s, "Acme LLC dba Kingston Holding", 49761, "which joins several names")
	wantHitSaying(t, s, "Charter hire (MURMANSK)", 51618, "which joins several names") // a ship named after a town
	wantHitSaying(t, s, "Jane Doe I.T.F. Ali Khamenei", 26945, "which joins several names")
	for _, q := range []string{"Lufax Technology (Sofia) Ltd", "ITF Technologies", "Egyptian Islamic Bank (P.J.S.C.)"} {
		if hits := s.Name(q); len(hits) > 0 {
			t.Errorf("%q: %s %.3f %v", q, hits[0].Matched, hits[0].Score, hits[0].Reasons)
		}
	}
	if hits := s.Name("In trust for John Smith"); len(hits) > 0 {
		t.Errorf("In trust for John Smith: %d hits, the first %s %.3f", len(hits), hits[0].Matched, hits[0].Score)
	}
	// A name, a comma, and where the payee is.
	wantHitSaying(t, s, "Sovcomflot, Moscow", 34741, "read as a place")
	wantHitSaying(t, s, "HAMAS, Gaza", 4695, "read as a place")
	// A given name borne by towns too is no place: this is a woman.
	if name, place := s.state.Load().names.cutPlace("GARCIA LOPEZ, Guadalupe"); place != "" {
		t.Errorf("cutPlace read %q as a place, leaving %q", place, name)
	}
}

// A payment's beneficiary line runs a firm's name and its city together;
// the place is left out only where it is a whole place of the list's
// addresses and what stays is a name of its own, and only firms are
// matched so.
func TestScreenTrailingPlace(t *testing.T) {
	s := mustScreener(t)
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"Rosneft Moscow", 17022},
		{"VTB Bank Moscow", 17013},
		{"Sovcomflot Saint Petersburg Russia", 34741},
		{"Bank Mellat Tehran", 25019},
		{"PDVSA Caracas", 26367},            // no listed name holds Caracas
		{"Rosneft Moscow, Russia", 17022},   // and after a comma
		{"Sukhoi Moscow", 36431},            // Sukhoi Log is a town, Sukhoi none
		{"Kazan Helicopters Moscow", 35877}, // a firm named for its town
		{"Hamas Gaza City", 4695},           // a word of one alias of a person's
		{"Hizballa Beirut", 4697},           // a slip: no listed word
		{"MAHROUS TRADING FZE RAK", 20089},  // the Emirates' places abbreviated
		{"PACIFIC STEEL FZE JAFZA DUBAI", 29108},
		{"GENERATION TRADING FZE DEIRA", 47230},
		{"Роснефть г. Москва", 17022}, // in Cyrillic, г. for the city
		{"Альфа-Банк Москва", 34682},
	} {
		wantHitSaying(t, s, tc.query, tc.uid, "read as a place")
	}
	// "Grupo" is no name of its own, nor are words of a firm's trade or
	// words many names hold ("National Bank", "Islamic Bank"), nor a
	// place ("Saint Petersburg Russia"); a person's surname may be a
	// town's name, and a vessel is named like a woman; a given name is no
	// firm's one word ("Noor Farah").
	for _, q := range []string{"Grupo Mexico", "Grupo", "Gruppo", "National Bank of Egypt Cairo", "National Bank Egypt",
		"Investment Bank London", "Islamic Bank Bangladesh", "Central Bank Kuwait", "Saint Petersburg Russia",
		"Hong Kong China", "Sarah Garcia", "Maria Lima", "Global Logistics Dubai", "Pacific Shipping Singapore",
		"Phoenix Trading Dubai", "Silver Star Trading Dubai", "Dragon Trading Hong Kong", "Gas Company Georgia",
		"Kaliningrad Trading Moscow", "Tula Arms Moscow", "Neft Gaz Baku", "Noor Farah", "Yasmine Farah", "Yasmine Valencia"} {
		for _, h := range s.Name(q) {
			if containsReason(h.Reasons, "read as a place") || q == "Grupo" || q == "Gruppo" || q == "Grupo Mexico" {
				t.Errorf("%q hits %q at %.3f: %v", q, h.Matched, h.Score, h.Reasons)
			}
		}
	}
	ix := s.state.Load().names
	for _, c := range []struct{ query, name, place string }{
		{"VTB Bank Moscow", "VTB Bank", "Moscow"}, // Bank of West Bank is no place
		{"Gazprom Neft Saint Petersburg", "Gazprom Neft", "Saint Petersburg"},
		{"Rosneft Trading Moscow Russia", "Rosneft Trading", "Moscow Russia"},
		{"Hizballah Northern Gaza", "Hizballah", "Northern Gaza"}, // the longest place, not Gaza
		{"Sovcomflot Victoria", "Sovcomflot Victoria", ""},        // a given name
		{"Banco Nacional de Panama", "Banco Nacional de Panama", ""},
		{"Petroleos de Venezuela CA", "Petroleos de Venezuela CA", ""}, // CA is no place
		{"Rosneft & Moscow", "Rosneft & Moscow", ""},
	} {
		name, place, own := ix.cutTrailingPlace(c.query)
		if own {
			name, place = c.query, "" // a cut for the firms of that place alone
		}
		if name != c.name || place != c.place {
			t.Errorf("cutTrailingPlace(%q) = %q, %q; want %q, %q", c.query, name, place, c.name, c.place)
		}
	}
}

// A person's name then where the payee is, as a beneficiary line gives
// it: the place is left out only for people of that country (by their
// listed countries, addresses or, naming none, programme).
func TestScreenPersonPlace(t *testing.T) {
	s := mustAllScreener(t)
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"PARK JIN HYOK KP", 24918}, // no country listed: DPRK3
		{"SOE WIN BURMA", 27226},
		{"OO KYAW MIN YANGON", 39690}, // a town of his addresses
		{"MOHAMED OULD MATALY GAO ML", 27154},
		{"MR LY YONG PHAT KOH KONG CAMBODIA", 50587}, // a town before the country
	} {
		wantHitSaying(t, s, tc.query, tc.uid, "where the payee is")
	}
	// Another country; a town not in capitals, which may be a family
	// name; a town of no listed address of his; a code that is a
	// particle, after a particle.
	for _, q := range []string{"SOE WIN UA", "PARK JIN HYOK RU", "WANG XIAO LI", "Oo Kyaw Min Yangon", "PARK JIN HYOK PYONGYANG",
		"Hassan Mohamed Kismayo", "Ahmad Reza Karaj", "MOHAMMED BIN AL", "MOHAMMED HASSAN AL"} {
		for _, h := range s.Name(q) {
			if containsReason(h.Reasons, "where the payee is") {
				t.Errorf("%q hits %q at %.3f: %v", q, h.Matched, h.Score, h.Reasons)
			}
		}
	}
}

// wantHitSaying checks that query hits entry uid with a reason that holds
// reason.
func wantHitSaying(t *testing.T, s *Screener, query string, uid int, reason string) {
	t.Helper()
	hits := s.Name(query)
	i := slices.IndexFunc(hits, func(h Hit) bool { return h.Entry.UID == uid })
	if i < 0 {
		t.Errorf("%q: no hit on %d (top hit %d)", query, uid, topUID(hits))
	} else if !containsReason(hits[i].Reasons, reason) {
		t.Errorf("%q: no reason says %q: %v", query, reason, hits[i].Reasons)
	}
}

// Pair similarities are kept as float32: one at translitSim must still
// reach it.
func TestSimAtLeast(t *testing.T) {
	for _, c := range []float64{translitSim, variantSim, minLoneSim, skeletonSim, shortSim} {
		if s := float64(float32(c)); !simAtLeast(s, c) {
			t.Errorf("%v stored as %v does not reach %v", c, s, c)
		}
		if simAtLeast(float64(float32(c))-0.001, c) {
			t.Errorf("%v - 0.001 reaches %v", c, c)
		}
	}
}

// Translations of one word of a firm's trade pair names made of such words
// alone with other firms': none of these is a listed party.
func TestScreenTranslatedWordsAlone(t *testing.T) {
	s := mustScreener(t)
	for _, q := range []string{"Agricultural Bank of China", "Banco Agricola", "Credit Agricole Bank", "Marine Bank",
		"International Rescue Committee", "International Bank", "Mezhdunarodny Bank", "Mezhdunarodnyj Bank"} {
		if hits := s.Name(q); len(hits) > 0 {
			t.Errorf("%q: hit %q at %.3f %v", q, hits[0].Matched, hits[0].Score, hits[0].Reasons)
		}
	}
}

// An organisation's words in the language of its own name meet the
// listed English ones: Movimiento is Movement, Mezhdunarodnyj
// International, Strakhovaya Insurance.
func TestScreenTranslatedWords(t *testing.T) {
	s := mustScreener(t)
	wantHitSaying(t, s, "Movimiento Popular de Kosovo", 7771, "movimiento ~ movement")
	wantHitSaying(t, s, "Benevolence Mezhdunarodnyj Fond", 7322, "mezhdunarodnyj ~ international")
	wantHitSaying(t, s, "Strakhovaya Kompaniya Ingosstrakh", 51844, "strakhovaya ~ insurance")
}

// A word of initials beside a company's own word finds the company whose
// words it spells; initials alone, beside a city, or a payee's short name
// do not.
func TestScreenInitials(t *testing.T) {
	s := mustScreener(t)
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"Samidoun PPSN", 47582},  // Palestinian Prisoner Solidarity Network
		{"Metma MCMP JSC", 48556}, // Metal and Ceramic Materials Plant: "and" gives no letter
	} {
		wantHitSaying(t, s, tc.query, tc.uid, "initials")
	}
	// A name written with its initials is the name.
	for _, q := range []string{"National Iranian Oil Company NIOC", "NIOC National Iranian Oil Company"} {
		wantHitSaying(t, s, q, 11317, "same tokens: national, iranian, oil")
	}
	// Initials alone spell names, words and other firms' initials as
	// often as a listed company's (PUOA is Pyongyang University of
	// Automation, but Snap is no Siavash Nurian and Partners); a city
	// beside them is no firm's own word; names and words of the shape
	// of names are no initials, nor does a company's generic word count.
	for _, q := range []string{"PUOA", "KKSL", "Snap Inc", "Heat Ltd", "Saim", "Mr Saim", "Hoai", "TSMC", "Arca",
		"Shanghai HIT Ltd", "Moscow ITT", "China HAT Co", "Golgohar MIC",
		"Dao Ltd", "Sue Hayes", "SUE HAYES", "Emil Novak", "Shiraz Trading Co", "Ali Khan", "Kim Jong Un",
		"Silva Technologies ME", "Nada", "NADA", "NADA GmbH", "Duda", "Mrs Nada", "Peri GmbH", "Ngoc", "Ngoc Trading", "Nada Aerospace"} {
		for _, h := range s.Screen(Query{Name: q, MinScore: 0.3}) {
			if containsReason(h.Reasons, "initials") {
				t.Errorf("%q hits %q at %.3f: %v", q, h.Matched, h.Score, h.Reasons)
			}
		}
	}
}

// TestScreenSpacedLetters checks that a firm's initials written with
// spaces or points and without meet: in the list (A.T.E. INTERNATIONAL
// LTD.), in the query (O N C U TRADING, which the list also writes ONCU),
// and never a person's initials.
func TestScreenSpacedLetters(t *testing.T) {
	s := mustScreener(t)
	wantHitSaying(t, s, "ATE International", 8416, "same tokens: ate, international")
	wantHitSaying(t, s, "A.T.E. International", 8416, "international")
	wantHitSaying(t, s, "O.N.C.U. Trading", 49682, "read with its spaced letters as one word")
	for _, q := range []string{"J R Smith", "K M Ali", "A B Hassan", "J.R.R. Tolkien"} {
		for _, h := range s.Screen(Query{Name: q, MinScore: 0.3}) {
			if containsReason(h.Reasons, "spaced letters") {
				t.Errorf("%q hits %q at %.3f: %v", q, h.Matched, h.Score, h.Reasons)
			}
		}
	}
	for _, tc := range []struct {
		toks, want string
	}{
		{"o n c u trading ltd", "oncu trading ltd"},
		{"p p babudovac b i", "pp babudovac bi"},
		{"a t e international", "ate international"},
		{"j smith", ""},
		{"kim jong un", ""},
		{"3 d group", ""},
	} {
		got := strings.Join(joinLetters(strings.Fields(tc.toks)), " ")
		if got != tc.want {
			t.Errorf("joinLetters(%q) = %q, want %q", tc.toks, got, tc.want)
		}
	}
	for q, want := range map[string]bool{"O N C U Trading": true, "B.S. Company": true, "A.T.E.": true, "J. Smith": false,
		"Kim Jong Un": false, "Ali A. Khan": false, "Ali A. B.": true, "é ü": true, "": false, "김 정 은": false, "王 伟": false} {
		if spacedLetters(q) != want {
			t.Errorf("spacedLetters(%q) = %v", q, !want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { spacedLetters("Nicolas Maduro Moros") }); n > 0 {
		t.Errorf("spacedLetters allocates %v times", n)
	}
}

func TestAcronymRun(t *testing.T) {
	for _, tc := range []struct {
		acr   string
		words string
		j     int
		want  int
	}{
		{"nioc", "national iranian oil ltd", 0, 4},
		{"nio", "national iranian oil ltd", 0, 3},
		{"stc", "gazpromneft science and technology centre ltd", 1, 4},
		{"satc", "science and technology centre", 0, 4},
		{"mic", "golgohar mining and industrial ltd", 1, 0}, // three letters, all from words of their own
		{"mcmp", "metma metal and ceramic materials plant", 1, 5},
		{"emil", "evraz metall inprom ltd", 0, 0}, // a legal form gives C alone
		{"aic", "and industrial company", 0, 0},   // a joining word begins no run
		{"sti", "science technology", 0, 0},       // letters left over
		{"stc", "science t centre", 0, 0},         // one letter is no word
		{"nioc", "national iranian oil company", 1, 0},
		{"nioo", "national iranian oil of", 0, 0},      // a joining word gives no last letter
		{"ngoc", "navigator group of companies", 0, 0}, // two letters of four from words of their own
		{"rawc", "reynolds and wilson ltd", 0, 0},      // nor here
		{"titp", "tehrik i taliban pakistan", 0, 0},    // a joining word of one letter gives none
	} {
		if got := acronymRun(tc.acr, strings.Fields(tc.words), tc.j); got != tc.want {
			t.Errorf("acronymRun(%q, %q, %d) = %d, want %d", tc.acr, tc.words, tc.j, got, tc.want)
		}
	}
	for tok, want := range map[string]bool{"stc": true, "nioc": true, "me": false, "ltd": false, "and": false, "s1c": false, "abcdefg": false} {
		if acronymShape(tok) != want {
			t.Errorf("acronymShape(%q) = %v", tok, !want)
		}
	}
	for tok, want := range map[string]bool{"nada": true, "enid": true, "mic": true, "sarah": true, "nioc": false, "idro": false, "uwsa": false, "ngoc": false} {
		if nameLike(tok) != want {
			t.Errorf("nameLike(%q) = %v", tok, !want)
		}
	}
	// A word the list holds in a person's name is no company's initials.
	ix := mustScreener(t).state.Load().names
	for tok, want := range map[string]bool{"maduro": false, "xqzt": true} {
		q := qtok{text: tok, id: -1}
		if id, ok := ix.dict[tok]; ok {
			q.id = id
		}
		if ix.acronymWord(q) != want {
			t.Errorf("acronymWord(%q) = %v", tok, !want)
		}
	}
	for _, tc := range []struct {
		query, tok string
		want       bool
	}{
		{"Gazpromneft STC LLC", "stc", true},
		{"GAZPROMNEFT STC LLC", "stc", false}, // all in capitals: no sign
		{"Gazpromneft Stc", "stc", false},
		{"Gazpromneft STCX", "stc", false},
		{"STC-Gazpromneft", "stc", true},
	} {
		if got := inCapitals(tc.query, tc.tok); got != tc.want {
			t.Errorf("inCapitals(%q, %q) = %v", tc.query, tc.tok, got)
		}
	}
}

// TestMinScoreMonotone checks that a lower MinScore finds every hit a
// higher one finds, with the same score, and no other above the higher:
// the bounds that rule names out for a query depend on MinScore, and must
// not rule out a name that scores above it. Queries whose hits pair a word
// of initials with listed words ("FLORES DTO" for MEZA FLORES DRUG
// TRAFFICKING ORGANIZATION) are left out: the bounds leave room for
// initials only where they are written in capitals in a company's name
// (acrSlack), and a name found through them at a lower MinScore may be
// missed at a higher.
func TestMinScoreMonotone(t *testing.T) {
	s := mustScreener(t)
	set := loadEvalSet(t)
	step := 2
	if testing.Short() {
		step = 8
	}
	var queries []string
	for i, c := range set.Negatives {
		if i%step == 0 {
			queries = append(queries, c.Name)
		}
	}
	for i, c := range set.Perturbed {
		if i%step == 0 {
			queries = append(queries, c.Query)
		}
	}
	for i, c := range set.Heldout {
		if i%step == 0 {
			queries = append(queries, c.Query)
		}
	}
	checked := 0
	for _, q := range queries {
	pairs:
		for _, p := range [][2]float64{{0.6, 0.75}, {0.7, 0.85}, {0.8, 0.85}} {
			lo := make(map[int]float64)
			for _, h := range s.Screen(Query{Name: q, MinScore: p[0]}) {
				if slices.ContainsFunc(h.Reasons, func(r string) bool { return strings.Contains(r, "initials") }) {
					continue pairs
				}
				if h.Score >= p[1] {
					lo[h.Entry.UID] = h.Score
				}
			}
			checked++
			hi := make(map[int]float64)
			for _, h := range s.Screen(Query{Name: q, MinScore: p[1]}) {
				hi[h.Entry.UID] = h.Score
			}
			if !maps.Equal(lo, hi) {
				t.Errorf("%q: hits at MinScore %.2f are %v, and those at or above it with MinScore %.2f %v", q, p[1], hi, p[0], lo)
			}
		}
	}
	if total := 3 * len(queries); checked < total*9/10 {
		t.Fatalf("only %d of %d pairs of thresholds checked", checked, total)
	}
}

func TestCamelReading(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"NicolasMaduro", "Nicolas Maduro"},
		{"KimJongUn", "Kim Jong Un"},
		{"OsamaBinLaden", "Osama Bin Laden"},
		{" KimJongUn\n", "Kim Jong Un"},
		{"OsamaBinLaden Jr", ""}, // more than one word
		{"Nicolas Maduro", ""},
		{"NICOLASMADURO", ""},
		{"JPMorgan", ""},
		{"MaDuRo", ""},     // pieces of two letters only
		{"AbCdEfGhIj", ""}, // five pieces
		{"ÁlvaroUribe", "Álvaro Uribe"},
		{"iPhone", ""},                                  // a piece of one letter
		{"Nicola\u0301sMaduro", "Nicola\u0301s Maduro"}, // an accent written as a combining mark
		// Brands and surnames written with inner capitals.
		{"BlueSky Trading", ""},   // more than one word
		{"SilverHorizon", ""},     // English words only
		{"Ahmed AlThani", ""},     // a particle first
		{"Ronald McDonald", ""},   // a particle first
		{"DeLaCruz", ""},          // a particle first
		{"NicolasMaduro LLC", ""}, // a legal form: a firm's brand
	} {
		if got := camelReading(tc.in); got != tc.want {
			t.Errorf("camelReading(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A listed person's name written with its words run together, each
// capitalised ("NicolasMaduroMoros"), finds the entry as the name written
// with spaces does.
func TestCamelCaseNames(t *testing.T) {
	s := mustScreener(t)
	step := 5
	if testing.Short() {
		step = 40
	}
	var spaced, camel, n int
	for i, e := range s.List().Entries {
		if e.Kind != sdn.Individual || i%step != 0 {
			continue
		}
		surname, given, ok := strings.Cut(e.Name, ", ")
		if !ok {
			continue
		}
		words := append(strings.Fields(given), strings.Fields(surname)...)
		if len(words) < 2 || len(words) > 4 || slices.ContainsFunc(words, func(w string) bool {
			return len(w) < 2 || strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") != ""
		}) {
			continue
		}
		var b strings.Builder
		for _, w := range words {
			b.WriteString(strings.ToUpper(w[:1]) + strings.ToLower(w[1:]))
		}
		found := func(q string) bool {
			return slices.ContainsFunc(s.Name(q), func(h Hit) bool { return h.Entry.UID == e.UID })
		}
		n++
		if !found(strings.Join(words, " ")) {
			continue
		}
		spaced++
		if found(b.String()) {
			camel++
		} else {
			t.Logf("%q (%d) not found, %q is", b.String(), e.UID, strings.Join(words, " "))
		}
	}
	t.Logf("%d names: %d found written with spaces, %d of those run together", n, spaced, camel)
	if n < 50 || camel < spaced*99/100 {
		t.Errorf("%d of %d names found run together, want 99%%", camel, spaced)
	}
}

func TestCutTitles(t *testing.T) {
	for _, tc := range []struct{ in, rest, cut string }{
		{"Eng. Nicolas Maduro", "Nicolas Maduro", "Eng."},
		{"ING. Joaquin Guzman Loera", "Joaquin Guzman Loera", "ING."},
		{"Dipl.-Ing. Dr. Oleg Deripaska", "Oleg Deripaska", "Dipl.-Ing. Dr."},
		{"Capt Viktor Bout", "Viktor Bout", "Capt"},
		// A word with a comma after it is a surname.
		{"Lic., Rafael Caro Quintero", "Lic., Rafael Caro Quintero", ""},
		{"DATO, Ali Hassan", "DATO, Ali Hassan", ""},
		{"Dato Ali Hassan", "Dato Ali Hassan", ""},
		{"Dato. Ali Hassan", "Ali Hassan", "Dato."},
		// A title that is also a name counts only with its full stop:
		// Eng is a surname, Sr an initial.
		{"Eng Kian Chye", "Eng Kian Chye", ""},
		{"Sr Diosdado Cabello", "Sr Diosdado Cabello", ""},
		// Two words at least must follow.
		{"Eng. Maduro", "Eng. Maduro", ""},
		{"Prof. Dr. Eng. Lic. Ana Lopez", "Ana Lopez", "Prof. Dr. Eng. Lic."},
		{"Prof. Dr. Eng. Lic. Capt Ana Lopez", "Capt Ana Lopez", "Prof. Dr. Eng. Lic."},
		// Offices and ranks as the press writes them before a name.
		{"President Nicolas Maduro", "Nicolas Maduro", "President"},
		{"Vice President Delcy Rodriguez", "Delcy Rodriguez", "Vice President"},
		{"VICEPRESIDENT Delcy Rodriguez", "Delcy Rodriguez", "VICEPRESIDENT"},
		{"Prime Minister Mikhail Mishustin", "Mikhail Mishustin", "Prime Minister"},
		// Before a firm's name, a title is a word of the name: two words
		// besides legal forms must follow.
		{"President Hotel LLC", "President Hotel LLC", ""},
		{"General Motors Company", "General Motors Company", ""},
		{"Governor Elvira Nabiullina", "Elvira Nabiullina", "Governor"},
		// Accents as French papers write titles.
		{"Général Jamil El Sayyed", "Jamil El Sayyed", "Général"},
		{"Député Hassan Fadlallah", "Hassan Fadlallah", "Député"},
		{"", "", ""},
	} {
		if rest, cut := cutTitles(tc.in); rest != tc.rest || cut != tc.cut {
			t.Errorf("cutTitles(%q) = %q, %q; want %q, %q", tc.in, rest, cut, tc.rest, tc.cut)
		}
	}
	// An office is left out before a person's name alone, one whose
	// given name is an English word too; before a firm's name it is a
	// word of that name.
	s := mustScreener(t)
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"President Nicolas Maduro", 22790},
		{"President Victor Yanukovych", 16641},
		{"Vice President Delcy Rodriguez", 25077},
		{"Marshal Kim Jong Un", 20157}, // the family name first
		{"President PUTIN, Vladimir", 35096},
		{"Vice Marshal Ri Pyong Chol", 23215},
		{"Général Jamil EL SAYYED", 33498},
		{"President Hassan Trading", 0}, // a word of firms' names alone
		{"Senator Shipping Lines", 0},
		{"Commander Pacific Shipping", 0},
		{"General Maritime Management LLC", 0},
		{"Vice Media Group LLC", 0},
		{"Admiral Shipping Lines Ltd", 0},
		{"President Hotel Group Limited", 0},
	} {
		hits := s.Name(tc.query)
		switch {
		case tc.uid == 0 && len(hits) > 0:
			t.Errorf("%q: hit %q at %.3f %v", tc.query, hits[0].Matched, hits[0].Score, hits[0].Reasons)
		case tc.uid != 0 && topUID(hits) != tc.uid:
			t.Errorf("%q: top hit %d, want %d", tc.query, topUID(hits), tc.uid)
		}
	}
	// Every query is asked: the usual one, without a title or capitals
	// inside its words, costs no allocation.
	for _, q := range []string{"Nicolas Maduro", "ROSNEFT OIL COMPANY", "Ahmed", "Eng Kian Chye", "Jean-Pierre Dupont", "Abdul-Rahman Ali Hassan", "Nicolas MADURO"} {
		if n := testing.AllocsPerRun(100, func() { cutTitles(q); camelReading(q) }); n > 0 {
			t.Errorf("cutTitles and camelReading of %q allocate %v times", q, n)
		}
	}
}

// A title of profession or rank before a listed name does not hide it.
func TestScreenTitles(t *testing.T) {
	s := mustScreener(t)
	wantHitSaying(t, s, "Eng. Nicolas Maduro", 22790, "read as a title")
	wantHitSaying(t, s, "Lic. Rafael Caro Quintero", 6707, "read as a title")
	wantHitSaying(t, s, "Dipl.-Ing. Oleg Deripaska", 24283, "read as a title")
	wantHitSaying(t, s, "Eng. NicolasMaduro", 22790, "at their capitals")
}

func TestCountryCode(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"VE", "VE"}, {"ve", "VE"}, {"VEN", "VE"}, {"862", "VE"}, {" Venezuela ", "VE"},
		{"UK", "GB"}, {"GBR", "GB"}, {"United Kingdom", "GB"}, {"Great Britain", "GB"},
		{"USA", "US"}, {"U.S.A.", "US"}, {"United States of America", "US"},
		{"Korea, North", "KP"}, {"DPRK", "KP"}, {"Korea, Democratic People's Republic of", "KP"}, {"PRK", "KP"},
		{"Korea, South", "KR"}, {"Republic of Korea", "KR"},
		{"Iran (Islamic Republic of)", "IR"}, {"Iran, Islamic Republic of", "IR"}, {"IRN", "IR"},
		{"Russian Federation", "RU"}, {"RUS", "RU"}, {"Côte d'Ivoire", "CI"}, {"Cote d Ivoire", "CI"},
		{"The Bahamas", "BS"}, {"Bahamas, The", "BS"}, {"Burma", "MM"}, {"MMR", "MM"},
		{"Congo, Democratic Republic of the", "CD"}, {"Democratic Republic of the Congo", "CD"}, {"Republic of the Congo", "CG"},
		// CLDR's English names, and codes since replaced.
		{"Chad", "TD"}, {"North Korea", "KP"}, {"Kosovo", "XK"}, {"Myanmar", "MM"}, {"Eswatini", "SZ"},
		{"Congo - Kinshasa", "CD"}, {"BUR", "MM"}, {"BU", "MM"}, {"ZR", "CD"}, {"TP", "TL"},
		// Nothing, two countries' name, a placeholder, a dissolved state,
		// a name then words that are no formal name: not known.
		{"", ""}, {"XX", ""}, {"ZZ", ""}, {"EU", ""}, {"Korea", ""}, {"Congo", ""}, {"Narnia", ""}, {"the", ""},
		{"N/A", ""}, {"NA", ""}, {"n.a.", ""}, {"UN", ""}, {"SU", ""}, {"YUG", ""},
		{"Ireland, Northern", ""}, {"Sudan, South", ""}, {"Georgia (US)", ""}, {"Samoa, American", ""},
		{"Congo, The Democratic Republic of the", "CD"},
	} {
		if got := countryCode(tc.in); got != tc.want {
			t.Errorf("countryCode(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// Every country OFAC names is known by its name, its alpha-2 code and
	// its alpha-3 code.
	for name, code := range countryCodes {
		r, err := language.ParseRegion(code)
		if err != nil {
			t.Errorf("%s (%s): %v", name, code, err)
			continue
		}
		ins := []string{name, strings.ToUpper(name), code, r.ISO3()}
		if code == "NA" {
			ins = ins[:2] // "NA" is read as "not available"
			ins = append(ins, r.ISO3())
		}
		for _, in := range ins {
			if got := countryCode(in); got != code {
				t.Errorf("countryCode(%q) = %q, want %q (%s)", in, got, code, name)
			}
		}
	}
}

// A country that is no country known here, on either side, agrees when it
// is written alike and contradicts nothing.
func TestCountryFactorUnknown(t *testing.T) {
	e := &sdn.Entry{Nationalities: []string{"West Bank"}, Addresses: []sdn.Address{{Country: "Venezuela"}}}
	for _, c := range []struct {
		query string
		delta float64
	}{
		{"West Bank", countryAgree}, {"west bank", countryAgree}, {"VE", countryAgree},
		{"Narnia", 0}, {"US", countryDisagree},
	} {
		d, why, ok := countryFactor(e, readQueryCountry(c.query))
		if !ok || d != c.delta {
			t.Errorf("%q: %+.2f (%s), want %+.2f", c.query, d, why, c.delta)
		}
	}
	only := &sdn.Entry{BirthPlaces: []string{"Gaza Strip"}}
	if d, why, _ := countryFactor(only, readQueryCountry("VE")); d != 0 || !strings.Contains(why, "not compared") {
		t.Errorf("a listed place that is no known country: %+.2f (%s)", d, why)
	}
}

// FuzzCountryCode: countryCode never panics and returns "" or an ISO
// 3166 alpha-2 code that it reads back as itself.
func FuzzCountryCode(f *testing.F) {
	for _, s := range []string{"VE", "VEN", "862", "Korea, North", "Iran (Islamic Republic of)", "Côte d'Ivoire",
		"The Bahamas", "N/A", "BUR", "Congo, The Democratic Republic of the", "\xff", "the", "(,", ", of"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := countryCode(s)
		if c == "" {
			return
		}
		if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
			t.Fatalf("countryCode(%q) = %q", s, c)
		}
		if c != "NA" && countryCode(c) != c {
			t.Fatalf("countryCode(%q) = %q, which reads as %q", s, c, countryCode(c))
		}
	})
}

// TestScreenOtherFather checks that a patronymic none of an entry's names
// gives lowers a match on any of them, and that the same father in
// another language's form or mistyped does not.
func TestScreenOtherFather(t *testing.T) {
	s := mustScreener(t)
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"Sergey Ivanovich Petrov", 35697},    // PETROV, Sergey Valeriyevich
		{"Vladimir Sergeyevich Putin", 35096}, // on PUTIN, Vladimir too, which gives none
		{"Oleg Viktorovich Deripaska", 24283},
	} {
		hits := s.Screen(Query{Name: tc.query, MinScore: 0.5})
		i := slices.IndexFunc(hits, func(h Hit) bool { return h.Entry.UID == tc.uid })
		if i < 0 || hits[i].Score >= DefaultThreshold || !containsReason(hits[i].Reasons, "another father") {
			t.Errorf("%q: want %d below the threshold, for another father; got %v", tc.query, tc.uid, hits)
		}
	}
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"Putin Vladimir Volodymyrovych", 35096},
		{"Deripaska Oleg Vladimirovic", 24283},
		{"Telizhenko Andriy Hryhorovych", 30875},
		{"Sergey Nikolayevich Stankevich", 26444}, // the surname has a patronymic's ending
	} {
		wantHitSaying(t, s, tc.query, tc.uid, "")
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"ihorovych", "igorevich", true},
		{"hryhorovych", "grigoryevich", true},
		{"joseluisovich", "khoseluisovich", true},
		{"anatolijevitch", "anatolyevich", true},
		{"yosypovych", "iosifovich", true},
		{"ryhoravich", "grigoryevich", true}, // Belarusian
		{"mikhailavich", "ivanovich", false},
		{"ivanovich", "valeriyevich", false},
		{"feliksovich", "petrovich", false},
		{"sergeyevich", "vladimirovich", false},
		{"viktorovna", "vladimirovna", false},
	} {
		if got := sameFather(tc.a, tc.b); got != tc.want {
			t.Errorf("sameFather(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

// TestScreenFirmWordNotVessel checks that a query with a word of a firm's
// trade or kind and no legal form is no ship or person of its other word.
func TestScreenFirmWordNotVessel(t *testing.T) {
	s := mustScreener(t)
	hits := s.Screen(Query{Name: "Atlas Trading", MinScore: 0.5})
	i := slices.IndexFunc(hits, func(h Hit) bool { return h.Entry.UID == 51758 }) // the vessel ATLAS
	if i < 0 || hits[i].Score >= DefaultThreshold || !containsReason(hits[i].Reasons, "a firm's word (trading)") {
		t.Errorf("Atlas Trading against the vessel ATLAS: %v", hits)
	}
}

// TestDescriptiveNames: a firm named with words that say what or where it
// is is not another firm that shares all but one of them, and is found
// when the query leaves out a word of its kind or mistypes one.
func TestDescriptiveNames(t *testing.T) {
	s := mustAllScreener(t)
	for _, q := range []string{
		"National Commercial Bank",                   // not RUSSIAN NATIONAL COMMERCIAL BANK
		"Eastern Bank Limited",                       // not FAR EASTERN BANK
		"Golden Ocean Shipping",                      // not GOLDEN ENTERPRISE SHIPPING LIMITED
		"China National Petroleum Corporation",       // not CHINA NATIONAL OFFSHORE OIL CORPORATION
		"Taiwan Semiconductor Manufacturing Company", // not SEMICONDUCTOR MANUFACTURING INTERNATIONAL CORPORATION
		"International Finance Corporation",          // not LIMITED LIABILITY COMPANY HOLDING FINANCE
		"Mediterranean Shipping Company",             // a place alone: not MEDITERRANEAN INTERNATIONAL TRADING DIS TICARET
		"Eastern Mediterranean Trading",
		"Star Shipping AS",                     // not 14 STAR SHIPPING MANAGEMENT: a number left out
		"Gulf Petrochemical Industries",        // not PERSIAN GULF PETROCHEMICAL INDUSTRIES: a listed place left out
		"Industrial Bank of Korea",             // a country, no slip of KARA INDUSTRIAL TRADING GMBH
		"Asian Development Bank",               // an English word, no slip of Arian Bank
		"Saudi National Petrochemical Company", // another country's: not NATIONAL PETROCHEMICAL COMPANY
		"Agricultural Bank",                    // a trade's word, however rare: not AGRICULTURAL DEVELOPMENT BANK
		"Xingda Electronics Hong Kong Limited", // a name of its own beside HONG KONG ELECTRONICS
		"Al Manara Cargo Services DMCC",        // nor CARGO SERVICE LLC
	} {
		if hits := s.Name(q); len(hits) > 0 {
			t.Errorf("%q: %d hits, first %q %.2f %v", q, len(hits), hits[0].Entry.Name, hits[0].Score, hits[0].Reasons)
		}
	}
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"Russian National Commercial Bank", 17755},
		{"Far Eastern Bank Ltd", 37517},
		{"China National Offshore Oil Corp", 30956},
		{"China Offshore Oil Corporation", 30956},               // a state firm's National left out
		{"Russian National Comercial Bank", 17755},              // a word mistyped
		{"Joint Stock Company Far Eastern Bank Limitde", 37517}, // a legal form mistyped
		{"Russian Agricultural Bank Moscow", 17014},             // where the firm is
		{"Central Bank of Iran Tehran", 4632},
		{"Russian National Commercial Bank Simferopol", 17755}, // a town the address does not give
		{"Federal Security Service FSB", 21344},                // a word of the entry's other names
		{"Islamic Republic Iran Shipping Lines", 25396},        // a state's long name without "of"
		{"National Iranian Oil Company NIOC", 11317},           // the name's initials
		{"Mediterranean International Trading", 50438},         // dis ticaret, foreign trade, left out
		{"Persian Gulf Petrochemical", 26817},                  // a place with another word
		{"Workers Welfare Bank", 4635},                         // "of Iran" left out
		{"Gorgeous Bank", 22986},                               // "of North Korea" left out
		{"Hong Kong Electronics Co Ltd", 11533},
		{"Green Industries Hong Kong Limited PRC", 27165}, // where a Hong Kong firm is
	} {
		if hits := s.Name(tc.query); topUID(hits) != tc.uid {
			t.Errorf("%q: top hit %d, want %d (%v)", tc.query, topUID(hits), tc.uid, hitUIDs(hits))
		}
	}
}

// TestAbbreviatedWords: the words a payment message abbreviates for lack
// of room are read as the words.
func TestAbbreviatedWords(t *testing.T) {
	s := mustAllScreener(t)
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"Natl Iranian Oil Co", 11317},
		{"Korea Mining Devt Trading Corp", 9345},
		{"Huawei Tech Co Ltd", 30947},
		{"Safe Seas Ship Mgmt FZE", 48712},
		{"Bank Sepah Intl PLC", 25440},
		{"Nat. Iranian Tanker Co.", 15117}, // with its point, an abbreviation that is a name elsewhere
		{"Korea Mining Dev. Trading Corp.", 9345},
		{"PJSC NK Rosneft", 17022}, // NK, Neftyanaya Kompaniya: an oil company
		{"ПАО НК Роснефть", 17022},
		{"NK Bank", 51728}, // the listed NK its own
		// Undotted, beside a word that says firm.
		{"CENTRAL BK OF IRAN", 4632},
		{"VTB BK PJSC", 17013},
		{"KOREA MNG DEV TRDG CORP", 9345},
		{"ISL REP OF IRAN SHIPPING LINES", 25396},
		{"PERSIAN GULF PETROCHEM IND CO", 26817},
	} {
		if hits := s.Name(tc.query); topUID(hits) != tc.uid || hits[0].Score < DefaultThreshold {
			t.Errorf("%q: top hit %d, want %d (%v)", tc.query, topUID(hits), tc.uid, hitUIDs(hits))
		}
	}
	// One way: a query's word is no listed abbreviation, and words that
	// are words or initials elsewhere are no abbreviations.
	for _, q := range []string{"Sigma Technologies", "Solar Investment LLC", "BK Trading", "Hana Bank", "Dev Patel Trading", "BK Construction Ltd"} {
		if hits := s.Name(q); len(hits) > 0 {
			t.Errorf("%q: %d hits, first %q %.2f %v", q, len(hits), hits[0].Entry.Name, hits[0].Score, hits[0].Reasons)
		}
	}
}

func TestDomainReading(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Garantex.io", "Garantex"},
		{"https://www.bitzlato.com/en", "bitzlato"},
		{"Exchange Grinex.IO", "Exchange Grinex"},
		{"mail.example.co.uk", "mail example co"},
		{"J.R. Smith", ""}, // no top-level domain
		{"Smith Co.", ""},  // no label before the dot
		{"x.io", ""},       // a label too short to be a name
		{"Nicolas Maduro", ""},
		{"ȺȺȺȺ.com/x", ""}, // no ASCII: lower case would move the offsets (Ⱥ is 2 bytes, ⱥ 3)
	} {
		if got := domainReading(tc.in); got != tc.want {
			t.Errorf("domainReading(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPaymentLineForms: what payment lines and payee records write around
// a name. A bracket in the middle of a firm's name goes on with it, and a
// legal form or a country alone names no one; a country's code ends an
// address; a person's initials written with points are initials, even
// where they spell a legal form, and the first of them is the given
// name's.
func TestPaymentLineForms(t *testing.T) {
	s := mustAllScreener(t)
	for _, q := range []string{
		"Ltd", // S.A.S. E.U., an alias of legal forms alone, is no name to meet
		"Bank of China (Hong Kong) Ltd",
		"Shoprite Checkers (Pty) Ltd",
		"Standard Chartered Bank (Hong Kong) Limited", // not HONG KONG ELECTRONICS
		"Ets Haddad Frères (Liban)",                   // a country in French, not Liban Trading
		"Comptoir Benjelloun SARL (Maroc)",            // nor MAROC INTERNATIONAL
		"Flores S.A.",                                 // a firm, not FLORES APODACA, Salome
		"Lozada S.L.",                                 // nor LOZADA, Santander
		"Kovalenko N.A.",                              // not KOVALENKO, Andrey: N is the given name's
		"Kravchenko O.V.",                             // not KRAVCHENKO, Vladimir
		"Moretti S.A.",                                // S.A. after no surname of Russia's: a firm
		"SUNRISE (HK) LTD",                            // a firm, not the ship SUNRISE
		"Central Research Institute",                  // words of a trade alone, not 46TH CENTRAL RESEARCH AND DEVELOPMENT INSTITUTE
		"Bossiness",                                   // two words of the language are not one spelt two ways (BUSINESS)
		"SAM",                                         // three letters alone: not the ship SAM 121
		"Top Group",                                   // nor TOP 3D GROUP
		// A firm's initial alone meets no word of a firm's own: not
		// KALAYE ELECTRIC COMPANY, Pacific Steel, Gooryong Shipping.
		"K-Electric (Private) Limited",
		"P. Steel Ltd",
		"G Shipping",
		// A country the listed firm has no address in: not VTB's alias
		// Bank for Foreign Trade.
		"Joint Stock Commercial Bank for Foreign Trade of Vietnam",
		// A match on a country's name alone: not K2016212771 SOUTH
		// AFRICA PTY LTD, nor Hong Kong Prime Trading.
		"Standard Bank of South Africa Limited",
		"Hong Kong Trading Co Ltd",
		"Bank of Georgia",        // nor VTB BANK GEORGIA: a firm's kind beside the place
		"Al Ansari Exchange LLC", // Ansari, of the Ansar: not Ansar Exchange
		"Mia, Md.",               // Md., Mohammad as Bangladesh writes it, is no Maryland: not the ship MIA
		// An initial that stands for a listed word beside a name of the
		// payee's own that meets nothing: not AL-DAKHIL, 'Abd al-Rahman,
		// nor FARAHANI, Majid.
		"D. Hany Abdel Rahman",
		"M. Sara Farahani",
		"Kamel D.A.", // Kamel the surname, D an initial: not DJERMANE, Kamel
		"J. Jaber",   // Jaber the surname: not AL-JALAMAH, Jaber
		"IVANOV AO",  // a firm: AO is no pair of initials to meet IVANOV, Alexander
		// A Russian initial of two letters is the name's beginning: Ye.
		// is no Yuri, Kh. no Kira (KOVALCHUK, Yuri and Kira).
		"Kovalchuk Ye.V.", "Kovalchuk Kh.V.", "Ковальчук Е.В.",
	} {
		if hits := s.Name(q); len(hits) > 0 {
			t.Errorf("%q: %d hits, first %q %.2f %v", q, len(hits), hits[0].Entry.Name, hits[0].Score, hits[0].Reasons)
		}
	}
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"GAZPROMBANK JSC MOSCOW RU", 17016},
		{"PDVSA CARACAS VE", 26367},
		{"AIR KORYO PYONGYANG KP", 20520},
		{"PUTIN VV", 35096}, // initials without points
		{"YANUKOVYCH VF", 16641},
		{"Deripaska OV", 24283},   // the patronymic's too
		{"Bank Melli, IR", 25578}, // a country's code after a comma
		{"PDVSA USA", 26367},      // a country as payees abbreviate it
		{"Sovcomflot UK", 34741},
		{"Gazprom Neft Serbia", 17143},  // a country after the name, not "of" it: where the payee is
		{"S. Babaei Industries", 12524}, // an initial beside the firm's own word: SHAHID BABAIE INDUSTRIES
		{"J. Jalamah", 10010},           // an initial for the given name: AL-JALAMAH, Jaber
		{"Central Bank of the Islamic Republic of Iran", 4632},
		{"Kovalchuk Yu.V.", 16680},
		{"Khoroshev D.Yu.", 48603},
		{"Kerimov S.A.", 24325},
		{"Poklonskaya N.V.", 17261},
		{"Delimkhanov A.S.", 16992},
		{"IVANOV IVAN (A/C 40817810) VTB BANK", 17013},              // each side of a bracket is a name
		{"IVANOV IVAN (MOSCOW) VTB BANK PJSC", 17013},               // a place in it too
		{"MAHROUS TRADING FZE P.O. BOX 4422 RAK UAE", 20089},        // a post office box
		{"Mahrous Trading FZE, PO Box 4422, Ras Al Khaimah", 20089}, // and written so
		{"MAHAN AIR TEHRAN 14816 IRAN", 12927},                      // a postal code between town and country
		{"ALI REZA (ACC 0101234567) BANK SEPAH", 25580},
		{"Drill Pipe Ltd", 52551},          // a plural is no other word
		{"Insaat Co SARL", 34481},          // a word of a trade stands for its spellings
		{"Ministry State Security", 20129}, // words of a trade, the listed name whole but "of"
	} {
		if hits := s.Name(tc.query); topUID(hits) != tc.uid || hits[0].Score < DefaultThreshold {
			t.Errorf("%q: top hit %d, want %d (%v)", tc.query, topUID(hits), tc.uid, hitUIDs(hits))
		}
	}
}

// TestInitialsReadingAllocs: a name without initials, in Cyrillic too,
// is read without allocating: initialsReading runs for every query.
func TestInitialsReadingAllocs(t *testing.T) {
	for _, name := range []string{"Рогов Владимир Валерьевич", "Nicolas Maduro Moros", "ООО Газпром"} {
		if n := testing.AllocsPerRun(100, func() { initialsReading(name) }); n != 0 {
			t.Errorf("initialsReading(%q): %.0f allocations", name, n)
		}
	}
}

// A Cyrillic name is read in Latin letters for a place after it only
// where it may have one: most are read without allocating.
func TestCyrillicPlaceReading(t *testing.T) {
	ix := mustScreener(t).state.Load().names
	for _, name := range []string{"Рогов Владимир Валерьевич", "Егор Григорьев", "Nicolas Maduro"} {
		if n := testing.AllocsPerRun(100, func() { ix.cyrillicPlaceReading(name) }); n != 0 {
			t.Errorf("cyrillicPlaceReading(%q): %.0f allocations", name, n)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"Роснефть г. Москва", "Rosneft Moskva"},
		{"Альфа-Банк Москва", "Alfa-Bank Moskva"},
		{"Рогов Владимир Валерьевич", ""},
	} {
		if got := ix.cyrillicPlaceReading(tc.in); got != tc.want {
			t.Errorf("cyrillicPlaceReading(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestInitialsReading(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		legal    bool
	}{
		{"Kerimov S.A.", "S Kerimov A", true},
		{"Kovalchuk Yu.V.", "Y Kovalchuk V", false},
		{"D.Yu. Khoroshev", "D Khoroshev Y", false},
		{"Ivanov I.I.I.", "I Ivanov I I", false},
		{"Kerimov S. A.", "S Kerimov A", true}, // initials apart
		{"Yu. V. Kovalchuk", "Y Kovalchuk V", false},
		{"J. Smith", "", false},
		{"Ivanov I.", "", false},         // one initial reads as it is
		{"Ivanov Xy.Z.", "", false},      // no Russian letter
		{"Ivan S.A. Ivanov", "", false},  // initials in the middle
		{"Acme Trading S.A.", "", false}, // a third word before them makes a firm's name as often
		{"PUTIN VV", "V PUTIN V", false}, // without points, as Russian payment files write them
		{"SV Lavrov", "S Lavrov V", false},
		{"PUTIN, VV", "V PUTIN V", false}, // the list's own form
		{"YANUKOVYCH VF", "V YANUKOVYCH F", false},
		{"IVANOV AO", "", false},   // AO, a joint-stock company
		{"IP Kozlov", "", false},   // IP, a sole proprietor
		{"Hussein MA", "", false},  // an Arab name that ends as a Slavic surname
		{"AL HARAMAIN", "", false}, // a particle before a name, no initials
		{"EL HUSSEIN", "", false},
		{"AL Kostin", "A Kostin L", false}, // Andrey Leonidovich
		{"Smith JR", "", false},            // capitals without points after no surname of Russia's
		{"ACME LLC", "", false},
		{"Рогов М.В.", "M Rogov V", false}, // Cyrillic read in Latin letters
		{"КОВАЛЬЧУК Ю.В.", "Y KOVALCHUK V", false},
		{"РОГОВ МВ", "M ROGOV V", false},
		{"КОВАЛЬЧУК ЮВ", "Y KOVALCHUK V", false}, // Ю one initial, as with points
		{"ЖУКОВ ЖА", "Z ZHUKOV A", false},
	} {
		if got, legal := initialsReading(tc.in); got != tc.want || legal != tc.legal {
			t.Errorf("initialsReading(%q) = %q, %v; want %q, %v", tc.in, got, legal, tc.want, tc.legal)
		}
	}
}

// TestRussianInitials: a Russian surname and its initials name a person,
// whatever legal form the initials spell, and in Cyrillic as in Latin an
// initial that begins no listed name is another person's.
func TestRussianInitials(t *testing.T) {
	s := mustAllScreener(t)
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"KUZNETSOV A.O.", 35334}, // KUZNETSOV PAO
		{"Кузнецов А.О.", 35334},  // ODK-KUZNETSOV
		{"KUZNETSOV A.B.", 35334},
		{"YAKOVLEV A.O.", 35901}, // Public Joint Stock Company Yakovlev
		{"TUPOLEV A.O.", 35898},
		{"Рогов М.В.", 38816}, // Рогов, Владимир Валерьевич
		{"Ежиков О.В.", 37786},
		{"Мороз Ф.И.", 46548},
	} {
		for _, h := range s.Name(tc.query) {
			if h.Entry.UID == tc.uid {
				t.Errorf("%q: hit %q %.2f %v", tc.query, h.Matched, h.Score, h.Reasons)
			}
		}
	}
	// A listed firm written as a Slavic-sounding word and dotted letters
	// is found by its name whole.
	for _, tc := range []struct {
		query string
		uid   int
	}{{"AVIANDINA S.A.C.", 8245}, {"Aviandina S.A.", 8245}, {"Katina D.O.O.", 35077}} {
		if hits := s.Name(tc.query); topUID(hits) != tc.uid || hits[0].Score < 0.99 {
			t.Errorf("%q: top hit %d, want %d at 1.0 (%v)", tc.query, topUID(hits), tc.uid, hits)
		}
	}
	// A woman's form of a man's surname, whose patronymic is a man's, is
	// another person; a woman abroad may carry the man's form.
	for _, h := range s.Name("KADYROVA O.R.") {
		if h.Entry.UID == 30877 {
			t.Errorf("KADYROVA O.R.: hit %q %.2f %v", h.Matched, h.Score, h.Reasons)
		}
	}
	wantHitSaying(t, s, "Anna Sobyanin", 39263, "SOBYANINA")
	wantHitSaying(t, s, "Шаманов В.А.", 37392, "SHAMANOV")
	wantHitSaying(t, s, "Путин В.В.", 35096, "PUTIN")
	wantHitSaying(t, s, "Рогов В.В.", 38816, "ROGOV")
}

// TestGivenNamesAlias: a listed alias of given names alone (USMAN,
// Mohammed, an alias of AL-BARNAWI, Khalid) is met by a payee of those
// given names, but not by one who gives a family name of his own.
func TestGivenNamesAlias(t *testing.T) {
	s := mustScreener(t)
	wantHitSaying(t, s, "Muhammad Usman", 15011, "USMAN")
	for _, q := range []string{"Abbasi, Muhammad Usman", "Muhammad Usman L. Mirza", "Muhammad Usman Chaudhry"} {
		for _, h := range s.Name(q) {
			if h.Entry.UID == 15011 {
				t.Errorf("%q: hit %q %.2f %v", q, h.Matched, h.Score, h.Reasons)
			}
		}
	}
	// Noor, as Nur and Nour, is a given name: AHMED, Noor is given names
	// alone, and Fadlallah is the payee's own family.
	for _, h := range s.Name("Noor Ahmed Fadlallah") {
		if h.Entry.UID == 12795 {
			t.Errorf("Noor Ahmed Fadlallah: hit %q %.2f %v", h.Matched, h.Score, h.Reasons)
		}
	}
}

// TestPlaceState: a firm named by its trade alone, then its city, is the
// firm of the state of that city, where its own address is.
func TestPlaceState(t *testing.T) {
	s := mustScreener(t)
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"Central Bank Tehran", 4632},
		{"Foreign Trade Bank Pyongyang", 15603}, // Korea, North: FOREIGN TRADE BANK OF THE DPRK
		{"EXPORT DEVELOPMENT BANK TEHRAN IR", 25639},
	} {
		wantHitSaying(t, s, tc.query, tc.uid, "the state of its city")
	}
	for _, q := range []string{
		"Trading Company Tehran", // no listed firm of that name
		"Central Bank Frankfurt", // nor a listed central bank there
	} {
		for _, h := range s.Name(q) {
			if containsReason(h.Reasons, "the state of its city") {
				t.Errorf("%q: %q %.2f %v", q, h.Matched, h.Score, h.Reasons)
			}
		}
	}
}

func TestFirmAbbreviationReading(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"CENTRAL BK OF IRAN", "CENTRAL BANK OF IRAN"},
		{"VTB BK, PJSC", "VTB BANK, PJSC"},
		{"Korea Mining Dev Trading Corp", "Korea Mining Development Trading Corp"},
		{"BK OF CHINA LTD", "BANK OF CHINA LTD"}, // first, before "of"
		{"BK Trading", ""},                       // first: the firm's initials
		{"Dev Patel", ""},                        // nothing says firm
		{"Ram Bahadur BK", ""},                   // the Nepali surname
		{"Acme Trading Co", ""},                  // no abbreviation
	} {
		if got := firmAbbreviationReading(tc.in); got != tc.want {
			t.Errorf("firmAbbreviationReading(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// Every query is asked: the asking allocates nothing.
	for _, q := range []string{"Nicolas Maduro Moros", "CENTRAL BK OF IRAN", "Nat. Iranian Tanker Co."} {
		if n := testing.AllocsPerRun(100, func() { mayHaveAbbreviation(q); mayHaveDotted(q) }); n > 0 {
			t.Errorf("%q: %.0f allocations", q, n)
		}
	}
}

func TestDottedReading(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Nat. Iranian Tanker Co.", "National Iranian Tanker Co."},
		{"Korea Mining Dev. Trading Corp.", "Korea Mining Development Trading Corp."},
		{"Nat Iranian Tanker", ""}, // no point: Nat is a name
		{"Nat. Smith", ""},         // too short a name to be a firm's
		{"Acme Trading Co.", ""},
	} {
		if got := dottedReading(tc.in); got != tc.want {
			t.Errorf("dottedReading(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// The syllables of a Korean given name keep their order: Kim Eun-jeong is
// not KIM, Jong Un, though the name's words may move.
func TestGivenSyllableOrder(t *testing.T) {
	s := mustScreener(t)
	for _, c := range []struct {
		query string
		uid   int
		hit   bool
	}{
		{"Kim Jong Un", 20157, true},
		{"Jong Un Kim", 20157, true},
		{"김정은", 20157, true},
		{"Choe Ryong Hae", 23213, true},
		{"Kim Un Jong", 20157, false},
		{"김은정", 20157, false},
		{"Kim Eun-jung", 20157, false},
		{"최해룡", 23213, false},
		{"Pak Chon Jong", 52117, false},
		// Through the entry's Hangul name (김, 수길) as well.
		{"김수길", 39498, true},
		{"김길수", 39498, false},
		// Kang is pinyin too, so the name is no koreanName.
		{"Kang Chol Hak", 27211, true},
		{"Kang Hak Chol", 27211, false},
	} {
		hits := s.Name(c.query)
		got := slices.ContainsFunc(hits, func(h Hit) bool { return h.Entry.UID == c.uid })
		if got != c.hit {
			t.Errorf("%q: hit %d = %v, want %v (hits %v)", c.query, c.uid, got, c.hit, hitUIDs(hits))
		}
	}
}

// A North Korean's family name as South Korea writes it in Hangul, without
// the North's ㄹ, still finds the listed name.
func TestNorthKoreanSurname(t *testing.T) {
	s := mustScreener(t)
	wantFirst(t, s, map[string]int{
		"이병철":   23215, // RI, Pyong Chol; the North writes 리병철
		"이, 병철": 23215,
		"이성철":   20121, // RI, Song Chol
		"염희봉":   22999, // RYOM, Hui-bong
	})
	hits := s.Name("이병철")
	if len(hits) > 0 && !slices.ContainsFunc(hits[0].Reasons, func(r string) bool { return strings.Contains(r, "리병철") }) {
		t.Errorf("이병철: reasons %q do not give the reading", hits[0].Reasons)
	}
	// A firm's name in Hangul is not read so (이란석유공사, Iran oil
	// company).
	if r := northKoreanReading("이란석유공사"); r != "" {
		t.Errorf("northKoreanReading(이란석유공사) = %q", r)
	}
	// South Koreans of names no listed person has stay clean.
	wantNoHit(t, s, "이명박", "이재용", "이순신", "임영웅", "유재석", "양현석", "노무현", "나훈아")
}

// Venezuela's C.A. after a legal form, written without its points, is a
// form too.
func TestUndottedCA(t *testing.T) {
	wantFirst(t, mustScreener(t), map[string]int{"Profit Corporation CA": 20252, "Profit Corp CA": 20252})
}

// Cambodia's honorary titles are no names.
func TestOknha(t *testing.T) {
	wantFirst(t, mustScreener(t), map[string]int{
		"Oknha Ly Yong Phat":      50587,
		"Neak Oknha Ly Yong Phat": 50587,
		// The list gives Oknha as a name's word too: GOTO, Tadamasa
		// a.k.a. OKNHA, Chuei.
		"Oknha Chuei": 16133,
	})
}

// German transliteration's dsch, tsch and sch are read as English writes
// them, against people.
func TestGermanTransliteration(t *testing.T) {
	s := mustScreener(t)
	wantFirst(t, s, map[string]int{
		"Mohammad Ali Dschafari": 12066,
		"Modschtaba Chamenei":    27848,
		"Dmitri Tschernyschenko": 39363,
	})
	// Nor against a listed name in German: FROSCH, Daniel.
	wantNoHit(t, s, "Gerhard Schröder", "Klaus Schwab", "Andreas Tischler", "Cody Daniel Fritsch")
}

// A Russian name in German transliteration is read with German's z for
// ц, s for з, w for в and sch for ж, against people; German names, and
// Germans' names of Slavic descent, are left as they are.
func TestGermanRussianTransliteration(t *testing.T) {
	s := mustScreener(t)
	wantFirst(t, s, map[string]int{
		"Stanislaw Kusnezow":              37111, // KUZNETSOV, Stanislav Konstantinovich
		"Kirill Zarew":                    37114, // TSAREV
		"Dmitri Mesenzew":                 47996, // MEZENTSEV
		"Rumjanzew Nikita Gennadjewitsch": 37365, // RUMYANTSEV
		"Oleg Zepkin":                     36875, // TSEPKIN
		"Waleri Kasikajew":                41485, // KAZIKAEV: s between vowels
		"Konstantin Sacharow":             35618, // ZAKHAROV: s first in a surname
		"Olga Syrowazkaja":                45060, // SYROVATSKAYA: or not
		"Sergej Malzew":                   37112, // MALTSEV, Sergey: nor in a given name
		"Boris Iwanjuschenkow":            35418, // IVANYUZHENKOV: sch for ж
		"Igor Poschidajew":                43279, // POZHIDAEV
	})
	hits := s.Name("Kirill Zarew")
	if len(hits) == 0 || !slices.ContainsFunc(hits[0].Reasons, func(r string) bool { return strings.Contains(r, "German transliteration") }) {
		t.Errorf("Kirill Zarew: the hit does not say how the name was read: %v", hits)
	}
	wantNoHit(t, s, "Uwe Sawatzki", "Franziska Lewandowski", "Christian Wischnewski", "Sabine Kowalski",
		"Katrin Zimmermann", "Heinz Sawatzki", "Lukas Martin", "Erwin Schulz")
	for _, q := range []string{"Nicolas Maduro", "Vladimir Putin", "Gerhard Schröder", "Klaus Schwab", "Wolfgang Klein"} {
		if n := testing.AllocsPerRun(100, func() { germanRussianReadings(q) }); n > 0 {
			t.Errorf("germanRussianReadings(%q) allocates %v times", q, n)
		}
	}
}

// A Russian name in Polish or Czech transliteration is read in English
// too; Polish and Czech names are left as they are.
func TestWestSlavicTransliteration(t *testing.T) {
	s := mustScreener(t)
	wantFirst(t, s, map[string]int{
		"Siergiej Ławrow":     35233,
		"Dmitrij Miedwiediew": 36407,
		"Jewgienij Prigożin":  21171,
		"Sergej Šojgu":        35173,
		// c for ц, in Polish and Czech without their marks.
		"Jewgienij Nowicki":  37508, // NOVITSKIY, Evgeniy
		"Jevgenij Novickij":  37508,
		"Kirill Carev":       37114, // TSAREV
		"Nikita Rumjancev":   37365, // RUMYANTSEV
		"Oleg Cepkin":        36875, // TSEPKIN
		"Aleksandr Cybulski": 40990, // TSYBULSKIY
	})
	wantNoHit(t, s, "Piotr Wiśniewski", "Krzysztof Szymański", "Jiří Dvořák", "Daniel Kowalczyk",
		"Jan Nowicki", "Paweł Sawicki", "Grzegorz Wysocki", "Tomasz Lewicki", "Ludmila Cibulková", "Lucie Nováková")
	for _, q := range []string{"Nicolas Maduro", "Victor Ivanov", "Vladimir Putin", "Marco Polo"} {
		if n := testing.AllocsPerRun(100, func() { westSlavicReading(q) }); n > 0 {
			t.Errorf("westSlavicReading(%q) allocates %v times", q, n)
		}
	}
}

// A Russian name in French transliteration is read with its j as ж,
// against people; French names, and the j of other transliterations,
// are left as they are.
func TestFrenchTransliteration(t *testing.T) {
	s := mustScreener(t)
	wantFirst(t, s, map[string]int{
		"Igor Pojidaiev":      43279, // POZHIDAEV
		"Boris Ivanioujenkov": 35418, // IVANYUZHENKOV
		"Iouri Jerebtsov":     16755, // ZHEREBTSOV
	})
	wantNoHit(t, s, "Jean Racine", "Julie Jaurès", "Josephine Lemoine", "Joseph Jouvenel")
	if got := frenchReading("Igor Pojidaiev"); got != "igor pozhidaiev" {
		t.Errorf("frenchReading(Igor Pojidaiev) = %q", got)
	}
	// Czech and German j is й.
	if frenchReading("Jevgenij Novickij") != "" || frenchReading("Tatjana Iwanowa") != "" {
		t.Errorf("frenchReading reads j as ж where it is й")
	}
	for _, q := range []string{"Nicolas Maduro", "Jean Dupont", "Juri Iwanow"} {
		if n := testing.AllocsPerRun(100, func() { frenchReading(q) }); n > 0 {
			t.Errorf("frenchReading(%q) allocates %v times", q, n)
		}
	}
}

// wantFirst checks that each query's first hit is the entry given.
func wantFirst(t *testing.T, s *Screener, cases map[string]int) {
	t.Helper()
	for q, uid := range cases {
		hits := s.Name(q)
		if len(hits) == 0 || hits[0].Entry.UID != uid {
			t.Errorf("%q: want %d first, got %v", q, uid, hitUIDs(hits))
		}
	}
}

// wantNoHit checks that no query hits anything.
func wantNoHit(t *testing.T, s *Screener, queries ...string) {
	t.Helper()
	for _, q := range queries {
		if hits := s.Name(q); len(hits) > 0 {
			t.Errorf("%q: hit %q at %.3f", q, hits[0].Matched, hits[0].Score)
		}
	}
}

// A firm named with letters and an ampersand is that word, not the
// initials of a listed firm's words; the list's own such names are found
// as payment messages write them, without the ampersand.
func TestAmpersandLetters(t *testing.T) {
	s := mustScreener(t)
	wantNoHit(t, s, "S&P Global", "R&D Solutions LLC", "S&S Technology Co Ltd", "H&S Electronics Co Ltd",
		"Hong Kong Trading Co Ltd", "Acme R&D Center", "Siemens Research Center")
	wantFirst(t, s, map[string]int{
		"S&C Trade Pty Ltd":     41129,
		"S AND C TRADE PTY LTD": 41129,
		"S+C TRADE PTY LTD":     41129,
		"B and W Consulting":    48763,
		"G & G Internacional":   15709,
		"Elvees R and D Center": 39179,
		"Forward Systems R&DC":  40907,
		"110th Research Center": 43338,
	})
}

// Gulf firms as invoices and payment lines write them: free-zone forms
// with a hyphen, free zones and U.A.E. after the name, India's "Private
// Ltd"; and a firm that adds its own word to a listed name of trade words
// is another firm.
func TestGulfFirmForms(t *testing.T) {
	s := mustScreener(t)
	wantFirst(t, s, map[string]int{
		"POWELL INTERNATIONAL FZ-E":    55481,
		"GRIFFON FZC. AJMAN FREE ZONE": 46647,
		"Air Leo Fz-e Sharjah U.A.E.":  51156,
		"B & P SOLUTIONS PRIVATE LTD":  53882,
	})
	wantNoHit(t, s, "Golden Sands Commodities DMCC", "Max Marine Solutions FZE")
}

// A Chinese firm whose own word is a listed firm's with one syllable
// changed is another firm of the same city and trade.
func TestChineseFirmSyllables(t *testing.T) {
	s := mustScreener(t)
	wantNoHit(t, s, "Dandong Hongxing Industrial Development Co Ltd", "Wuhan Sanxiang Import and Export Co Ltd",
		"Zhuhai Zhenhong Co Ltd", "Shandong Jinchang Petrochemical Group Co Ltd", "Shanghai Dongfang Shipping Co Ltd")
	wantFirst(t, s, map[string]int{
		"Dandong Hongxiang Industrial Devlopment": 20564, // a slip that makes no syllable
		"Dalian Zenghua Maoyi":                    16849,
		// Persian words that read as two syllables of pinyin keep
		// their slips: no Chinese firm's names.
		"Shen Zhong International Shipping": 23769, // SHEN ZHONG INTERNATIONAL SHPG
		"Mubin Petrochemical Company":       15952,
		"Puyan Tabaan Energy":               25945,
		"Duran Software Technologies":       17586,
	})
}

// A name read from Wade–Giles into pinyin meets Chinese names alone: read
// so, the Hong Kong name Tsang Ka Yan had met the Colombian firm Zanga
// S.A.S.
func TestWadeGilesMeetsChineseNames(t *testing.T) {
	s := mustScreener(t)
	wantFirst(t, s, map[string]int{"Hsu Pin": 27471}) // XU, Bin
	wantNoHit(t, s, "Tsang Ka Yan", "Tsang Ka Wai")
}

// A letter of a firm's name, wherever it stands, does not stand for a
// listed firm's own word on its own say: "Shenzhen H.T. Electronics" is
// not TAIHUI ELECTRONICS SHENZHEN, nor "S E S Ship Management" SSA SHIP
// MANAGEMENT or Everwin Shipmanagement.
func TestFirmInitialsInside(t *testing.T) {
	s := mustScreener(t)
	wantNoHit(t, s, "Shenzhen H.T. Electronics Co Ltd", "S E S SHIP MANAGEMENT LLC", "Sea Star Ship Management FZE")
	wantFirst(t, s, map[string]int{
		"S. Babaei Industries":            12524,
		"Everwin Ship Management Pte Ltd": 37936,
	})
}

// The kind of a Russian firm in initials before its name, which the list
// may not give, weighs as a legal form; KB and GK before a word of English
// are a firm of anywhere's initials.
func TestRussianFirmKindInitials(t *testing.T) {
	s := mustScreener(t)
	wantFirst(t, s, map[string]int{
		"AKB Chelindbank": 47379,
		"FKP Anozit":      46685,
		"OOO GK Akvarius": 39141,
	})
	wantNoHit(t, s, "KB Capital Ltd", "GK Capital LLC", "KB Technologies Inc", "KB Energy LLC", "GK Investments Ltd")
}

// Vietnamese names: their words are names, not coined brands, and a name
// with a family name first or last is a person's; Vietnamese legal forms
// as papers shorten them.
func TestVietnameseNames(t *testing.T) {
	for _, w := range []string{"nguyen", "truong", "thanh", "cuong", "nghiem", "quynh", "huynh", "thuy"} {
		if !vietSyllable(w) {
			t.Errorf("vietSyllable(%q) = false", w)
		}
	}
	for _, w := range []string{"strong", "trading", "marine", "bank", "x"} {
		if vietSyllable(w) {
			t.Errorf("vietSyllable(%q) = true", w)
		}
	}
	s := mustAllScreener(t)
	wantNoHit(t, s, "Trương Phát", "NGUYEN THINH CUONG", "Tran Thanh Cuong", "Cty TNHH Trương")
	wantFirst(t, s, map[string]int{
		"CTY CP VAN TAI HANG HAI QUOC VIET":    48312,
		"Truong Phat Loc Shipping Trading JSC": 37924,
		"Thinh Cuong Co Ltd":                   27688,
		"Công ty TNHH Thịnh Cường":             27688,
	})
}

// Legal forms, titles, countries and given names of Southeast and Central
// Asia and the Caucasus, as their papers write them.
func TestAsianFirmForms(t *testing.T) {
	s := mustAllScreener(t)
	// Azerbaijan's Kapital Bank is not BANK TORGOVY KAPITAL, Trade
	// Capital Bank: a name of words of a trade, one left out.
	wantNoHit(t, s, "Kapital Bank OJSC", "ОАО «Капитал Банк»", "KIPRONO TOO")
	// Another father after bin than the listed name gives: another man
	// (BIN AHMAD, Mohammad Roslan).
	wantNoHit(t, s, "Mohammad Roslan bin Ismail")
	wantFirst(t, s, map[string]int{"Mohammad Roslan bin Ahmad": 49838, "Roslan bin Ahmad": 49838,
		"Hamza bin Osama bin Laden":  21286, // BIN LADEN, Hamza: a family name after bin, met
		"Riadh Ben Belgacem Jelassi": 7254,  // Belgacem, Belkassem: one father
		"Chiheb Ayari POB Tunis":     7829,  // a place of birth
	})
	// A payee named as the listed man's father: KAMMOUN, Mehdi Ben
	// Mohamed Ben Mohamed is not "Mohamed Ben Mohamed Kammoun".
	wantNoHit(t, s, "Mohamed Ben Mohamed Kammoun", "Mohamed Ben Ahmed Jarraya")
	// A descriptive name with a word of the query's own besides is
	// another firm (not UNIVERSE SHIPPING LIMITED), unless the query holds
	// the listed name whole and in order.
	wantNoHit(t, s, "COSCO Shipping Universe")
	wantFirst(t, s, map[string]int{"Credit Bank of Moscow MKB": 35163, "New Century Import and Export Co. Ltd": 21548})
	// A subsidiary named with its country comes before the parent that
	// the name without its country meets as well.
	wantFirst(t, s, map[string]int{"JSC VTB BANK (GEORGIA)": 18726, "BANK VTB (AZERBAIJAN) OJSC": 18724})
	// A bank's branch after its city; a country before the city is the
	// bank's.
	wantFirst(t, s, map[string]int{"Bank Tejarat Dushanbe Branch": 25677, "Bank Saderat Iran Ashgabat Branch": 10368,
		"Al Haramain Netherlands Branch": 8262}) // a branch the list names itself before its head office
	wantFirst(t, s, map[string]int{
		"AGD Bank Public Co Ltd":                   35838, // Thai public company limited
		"Pasna International Group Sdn Bhd":        42456, // the list's SND. BHD
		"Ministry of Defence of Myanmar":           43396,
		"Okhna Ly Yong Phat":                       50587,
		"DATAVICE MAS'ULIYATI CHEKLANGAN JAMIYATI": 56399,
		"JDMM \"Kafolati Komil\"":                  46691,
		"ООО «Тако» Ереван":                        38660,
		"Hayk Asatryan":                            53824,
		"ТОО «Сбер Восток»":                        36427, // Kazakhstan's LLP
		"TOO \"CATU TECH\"":                        50446,
		"ТОО «KAZSTANEX»":                          50934,
	})
}
