package screen

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestArabicSpells(t *testing.T) {
	// Words of people's names in Arabic letters as the list gives them
	// (its original-script aliases), and the spellings its Latin names and
	// payees use for them.
	for _, c := range []struct{ ar, lat string }{
		{"صفدری", "safdari"}, {"مسعود", "masoud"}, {"قناعت", "ghanaat"}, {"همتیان", "hemmatian"},
		{"صادقی", "sadeghi"}, {"فاطمه", "fatemeh"}, {"رضائي", "rezai"}, {"یزدی", "yazdi"},
		{"الهه", "elaheh"}, {"روشان", "roshan"}, {"غلامرضا", "gholamreza"}, {"حیدری", "heidari"},
		{"مصطفوی", "mostafavi"}, {"مجتبی", "mojtaba"}, {"حسيني", "husayni"}, {"جعفر", "jafar"},
		{"کاظمی", "kazemi"}, {"كاظم", "kadhim"}, {"محمد", "mohammad"}, {"محمد", "muhammad"},
		{"حسین", "hossein"}, {"حسین", "hussain"}, {"حسین", "husayn"}, {"عبدالله", "abdallah"},
		{"عبدالله", "abdullah"}, {"عبدالرحمن", "abdurrahman"}, {"عبدالرحمن", "abdelrahman"},
		{"اوجی", "oji"}, {"ایمانی", "imani"}, {"داود", "dawood"}, {"داود", "daoud"}, {"عیسی", "eisa"},
		{"یحیی", "yahya"}, {"زرینقلم", "zarringhalam"}, {"رحمتاله", "rahmatollah"}, {"سید", "seyyed"},
		{"سید", "sayed"}, {"ابوالقاسم", "abolghasem"}, {"کوچاک", "kocak"}, {"عباس", "abbas"},
		{"عمر", "omar"}, {"صبحي", "sobhi"}, {"خالد", "khaled"}, {"خالد", "chalid"}, {"جمال", "djamel"},
		{"شاكر", "chaker"}, {"رمضان", "ramezan"}, {"رمضان", "ramadan"}, {"نصرالله", "nasrallah"},
		{"ذوالفقاری", "zolfaghari"}, {"يوسف", "yousef"}, {"يوسف", "yusuf"}, {"قاسم", "kassem"},
		{"عادل", "adel"}, {"عامر", "amer"}, {"عيسى", "isa"}, {"عيسى", "eisa"}, {"عودة", "ouda"},
		{"فیضاللهی", "faizullahi"}, {"امناللهي", "amanollahi"}, {"سعد", "saad"}, {"سعد", "sad"},
		{"شعبان", "shaaban"}, {"شعبان", "shaban"}, {"جمعة", "juma"}, {"اسماعيل", "ismail"},
		{"اسماعیل", "esmaeil"}, {"معمر", "muammar"}, {"شعيب", "shoaib"}, {"سعيد", "said"},
		{"سعيد", "saeed"}, {"عبدال", "abdul"}, {"ذوالفقار", "zulfiqar"}, {"على", "ali"},
		{"مصطفى", "mustafa"}, {"فاطمه", "fateme"}, {"فاطمه", "fatima"}, {"الله", "allah"},
		// French spellings of the Maghreb: ou for an unwritten u, a mute
		// final e.
		{"عبدالرحمن", "abderrahmane"}, {"يوسف", "youssouf"}, {"مصطفى", "moustafa"},
		{"ياسين", "yassine"}, {"كيفان", "kifane"}, {"سليمان", "slimane"},
		// ي written for a final ى (Egypt, Sudan, an Arabic keyboard), and
		// ك for گ; a final ه silent after its vowel; Turkish ş folded;
		// Central Asian o for alef; a word ending in tatweel.
		{"مصطفي", "mustafa"}, {"عيسي", "isa"}, {"مرتضي", "morteza"}, {"كلبدين", "gulbuddin"},
		{"عسكري", "asgari"}, {"عبده", "abdo"}, {"اندريه", "andre"}, {"زعبي", "zoubi"},
		{"معين", "mouin"}, {"شاهين", "sahin"}, {"طاهر", "tohir"}, {"مصطفیـ", "mostafa"},
		{"عبدالله", "abdullah"},
	} {
		if !arabicSpells([]rune(c.ar), c.lat) {
			t.Errorf("%s does not spell %s", c.ar, c.lat)
		}
		if !framesMeet([]rune(c.ar), c.lat) {
			t.Errorf("%s spells %s, but no frame of it is the word's", c.ar, c.lat)
		}
	}
	// Spellings the letters do not have: another vowel where the letters
	// write one (حسن Hasan has no ی for the ei of Hossein), a vowel before
	// alef besides alef's own (خان is not Khoon), a soft c for ك.
	for _, c := range []struct{ ar, lat string }{
		{"حسن", "hossein"}, {"حسين", "hassan"}, {"خان", "khoon"}, {"نعمة", "naimi"}, {"كامل", "cemal"},
		{"صبحي", "sophie"}, {"خلود", "khaled"}, {"عمير", "omar"}, {"طارق", "turki"}, {"عثمان", "samman"},
		{"جابر", "jair"}, {"معادن", "man"}, {"ماس", "mac"}, {"محمد", "mohammadi"}, {"محمد", "mehmet"},
		{"علی", ""}, {"", "ali"}, {"علی", "ali1"}, {"علیx", "ali"},
		// An alef before a lam is an article's only inside a longer
		// word (جمال is not Jamil, خالد not Chad, جمالي not Jamili); ع is
		// a vowel or none beside one (سعد is not Saud or Said, سعيد not
		// Syed, سعدي not Saidi); a final ه is silent, but not after i.
		{"جمال", "jamil"}, {"خالد", "chad"}, {"سعد", "saud"}, {"سعد", "said"}, {"سعيد", "syed"},
		{"سعدي", "saidi"}, {"جمالي", "jamili"}, {"جلالي", "jalili"}, {"فاطمه", "fatemi"},
		{"سعد", "saoud"}, {"كمال", "kamalee"}, {"ياسين", "yassinae"},
	} {
		if arabicSpells([]rune(c.ar), c.lat) {
			t.Errorf("%s spells %s, want not", c.ar, c.lat)
		}
	}
}

func TestSpellsWithSlip(t *testing.T) {
	for _, c := range []struct {
		ar, lat string
		want    bool
	}{
		{"حکمتبار", "hekmatyar", true},  // a letter written wrong
		{"حکمتیبار", "hekmatyar", true}, // one too many
		{"حکتیار", "hekmatyar", true},   // one left out
		{"ابراهيم", "ibrahim", true},    // no slip at all
		{"حکبتبار", "hekmatyar", false}, // two slips
		{"عماد", "ahmad", false},        // four letters: another name
		{"سعيد", "saud", false},
		{"", "ali", false},
	} {
		if got := spellsWithSlip([]rune(c.ar), c.lat); got != c.want {
			t.Errorf("spellsWithSlip(%s, %s) = %v, want %v", c.ar, c.lat, got, c.want)
		}
	}
}

// framesMeet reports whether one of the frames of Arabic word w is the
// frame of listed word lat: whether the index finds lat for w.
func framesMeet(w []rune, lat string) bool {
	var buf [32]byte
	want := spellFrame(&buf, lat)
	if want == nil {
		return false
	}
	met := false
	arabicFrames(w, func(f []byte) { met = met || slices.Equal(f, want) })
	return met
}

// TestSpellFramesFindEverySpelling checks the index against a scan: for
// every word of the list's names in Arabic letters, every listed word of a
// person's name it spells is among those its frames find (spelt).
func TestSpellFramesFindEverySpelling(t *testing.T) {
	s := screenerWithout(t, nil)
	ix := s.state.Load().names
	words := map[string]bool{}
	for _, e := range s.List().Entries {
		for _, a := range e.Aliases {
			if a.Script == "Arab" {
				for _, src := range arabicSources(a.Name) {
					words[src.letters] = true
				}
			}
		}
	}
	ix.spellTokens([]byte("l"))
	var table []int32
	for _, ids := range ix.spell.byKey {
		table = append(table, ids...)
	}
	step := 1
	if testing.Short() {
		step = 10 // a sample
	}
	n, spelt := 0, 0
	for _, w := range sortedKeys(words) {
		if n++; n%step != 0 {
			continue
		}
		got := map[int32]bool{}
		ix.spelt(w, func(id int32) { got[id] = true })
		for _, id := range table {
			if arabicSpells([]rune(w), ix.toks[id].text) {
				spelt++
				if !got[id] {
					t.Errorf("%s spells %s, but spelt does not find it", w, ix.toks[id].text)
				}
			}
		}
	}
	if spelt < 100 {
		t.Errorf("%d spellings found among %d words: the scan found too few to say anything", spelt, len(words))
	}
}

// FuzzArabicSpells reads random words: no panic, and whatever a word
// spells, the frames find (the index misses nothing arabicSpells accepts).
func FuzzArabicSpells(f *testing.F) {
	for _, s := range [][2]string{
		{"حسین", "hossein"}, {"عبدالرحمن", "abdurrahman"}, {"زرینقلم", "zarringhalam"},
		{"جمال", "djamel"}, {"خالد", "chalid"}, {"ذوالفقاری", "zolfaghari"}, {"ـحـسـن", "hasan"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, ar, lat string) {
		if !utf8.ValidString(ar) {
			return
		}
		w := []rune(ar)
		if len(w) > 24 {
			return
		}
		spellsWithSlip(w, lat) // no panic
		var buf [32]byte
		if arabicSpells(w, lat) && spellFrame(&buf, lat) != nil && len(spellFrame(&buf, lat)) < len(buf) && !framesMeet(w, lat) {
			n := 0
			arabicFrames(w, func([]byte) { n++ })
			if n < maxSpellFrames {
				t.Errorf("%q spells %q, but no frame of it is the word's", ar, lat)
			}
		}
	})
}

// TestScreenArabicPeople queries people by the names in Arabic letters the
// list gives them, against the list without those names: each is found by
// the spellings of its letters, and the hit says so.
func TestScreenArabicPeople(t *testing.T) {
	cases := []struct {
		query string
		uid   int
	}{
		{"صفدری, مسعود", 34085},                // SAFDARI, Masoud
		{"حسینی, سید صادق", 40298},             // HOSSEINI, Seyed Sadegh
		{"الحسيني, جعفر", 46077},               // AL-HUSAYNI, Ja'far
		{"زرین قلم, میترا", 54260},             // ZARRINGHALAM, Mitra
		{"الكحلوت, حذيفة سمير عبدالله", 48239}, // AL-KAHLUT, Hudhayfa Samir 'Abdallah
		{"یزدان جو, محمدعلی", 25489},           // YAZDAN JOO, Mohammad Ali: one word, two listed
		{"آقااحمدی, محمد", 38318},              // AGHA AHMADI, Mohammad
	}
	remove := map[int][]string{}
	full := screenerWithout(t, nil).List()
	for _, c := range cases {
		for _, e := range full.Entries {
			if e.UID != c.uid {
				continue
			}
			for _, a := range e.Aliases {
				if a.Script != "" && a.Script != "Latn" {
					remove[c.uid] = append(remove[c.uid], a.Name)
				}
			}
		}
		if len(remove[c.uid]) == 0 {
			t.Fatalf("entry %d has no name in another script to remove", c.uid)
		}
	}
	s := screenerWithout(t, remove)
	for _, c := range cases {
		hits := s.Name(c.query)
		if len(hits) == 0 || hits[0].Entry.UID != c.uid {
			var got []string
			for _, h := range hits {
				got = append(got, h.Entry.Name)
			}
			t.Errorf("%s: want entry %d first, got %q", c.query, c.uid, got)
			continue
		}
		if !strings.Contains(strings.Join(hits[0].Reasons, "; "), "a spelling of the Arabic letters") {
			t.Errorf("%s: reasons do not say the letters spell it: %q", c.query, hits[0].Reasons)
		}
	}
}

// TestScreenArabicUnspelt checks that a reading of a word in Arabic letters
// close to a listed Latin word that the letters do not spell is no hit
// (unspeltCost), while the listed name spelt by the letters is one.
func TestScreenArabicUnspelt(t *testing.T) {
	s := mustScreener(t)
	for _, c := range []struct {
		query string
		uid   int
		hit   bool
	}{
		{"عماد ناصر", 16995, false},   // Imad Nasser: "amad" is near AHMAD, Nazir
		{"أحمد نذير", 16995, true},    // Ahmad Nadhir is AHMAD, Nazir
		{"سعيد عزيزي", 10329, false},  // Saeed Azizi: "sayd" is near 'AZIZ, Sa'ud Abu
		{"سعود عزيز", 10329, true},    // Saud Aziz
		{"رشا سعيد", 30550, false},    // Rasha Saeed: RAZA, Syed Ali
		{"نادية محمود", 12057, false}, // Nadia Mahmoud: NAQDI, Muhammad
		{"عماد العلي", 21908, false},  // Imad Al-Ali: 'ALI, Ahmad
		// Against the list's names of people in Arabic letters,
		// compared in their consonants: other consonants cost.
		{"حسن کرمانی", 34104, false},    // Hassan Kermani: کرمی, حسن (Karami)
		{"پرویز سلیمانی", 54263, false}, // Parviz Soleimani: سلطانی زاده, پرویز (Soltani)
		{"حسن كرمي", 34104, true},       // the same letters, as an Arabic keyboard writes them
		{"محسن اسدي", 40740, true},
		{"علاء الدینی, يحيى", 40606, true}, // Yahya with Arabic ي for Persian ی
		{"ابو طالنی, یوسف", 33595, true},   // a dot moved: ن for ب
		{"مصطنوی, سید مجتبی", 39619, true}, // a letter wrong in a long word
	} {
		found := false
		first := s.Name(c.query)
		for _, h := range first {
			found = found || h.Entry.UID == c.uid
		}
		if found != c.hit {
			t.Errorf("%s: entry %d among the hits %v, want %v", c.query, c.uid, found, c.hit)
		}
		// Asked again, from the cache of costed tokens: the same.
		again := s.Name(c.query)
		if len(again) != len(first) {
			t.Errorf("%s: %d hits asked again, %d first", c.query, len(again), len(first))
			continue
		}
		for i := range first {
			if again[i].Entry.UID != first[i].Entry.UID || again[i].Score != first[i].Score {
				t.Errorf("%s: hit %d asked again %d %.3f, first %d %.3f", c.query, i, again[i].Entry.UID, again[i].Score, first[i].Entry.UID, first[i].Score)
			}
		}
	}
}

func TestAbjadConsonants(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		alike bool
	}{
		{"کرمی", "كرمي", true},           // Persian and Arabic letters for one word
		{"ابراهيم", "ابرهيم", true},      // a vowel letter left out
		{"پوتین", "بوتين", true},         // Persian p as Arabic writes it
		{"ذاكر", "زاکر", true},           // letters Persian reads alike
		{"يحيى", "یحیی", true},           // Arabic and Persian yeh, first and last
		{"الأھدل", "الاهدل", true},       // Urdu heh
		{"کاظمی", "کرمی", false},         // Kazemi, Karami
		{"مهسا", "محسن", false},          // Mahsa, Mohsen
		{"سلیمانی", "سلطانی", false},     // Soleimani, Soltani: one consonant in four
		{"وليد", "ليد", false},           // a و that begins a word is a consonant
		{"عبدالرحمن", "عبدالرجمن", true}, // one slip in five consonants and more
	} {
		got := consonantsAlike(abjadConsonants([]rune(c.a)), abjadConsonants([]rune(c.b)))
		if got != c.alike {
			t.Errorf("%s %s: alike %v, want %v (%q, %q)", c.a, c.b, got, c.alike,
				abjadConsonants([]rune(c.a)), abjadConsonants([]rune(c.b)))
		}
	}
}

// TestAllahWordNotArticle checks that a word beginning with الله (Allah,
// اللهی Allahi) is one token, not the article al- and a word: امن اللهي is
// Amanollahi, two words that the spellings read as one.
func TestAllahWordNotArticle(t *testing.T) {
	for _, c := range []struct {
		name string
		want int
	}{
		{"امن اللهي", 2},
		{"فیض اللهی", 2},
		{"الحسيني", 2}, // al-Husayni: the article
		{"اللطيف", 2},  // al-Latif: the article before lam
	} {
		if got := len(tokens(c.name)); got != c.want {
			t.Errorf("%s: %d tokens %q, want %d", c.name, got, tokens(c.name), c.want)
		}
	}
}

// TestArabicFramesBounded checks that a word whose frames all overflow
// the frame buffer is not walked in exponential time: the search is
// bounded, whatever the word.
func TestArabicFramesBounded(t *testing.T) {
	w := []rune(strings.Repeat("ظج", 7) + strings.Repeat("بت", 5))
	n := 0
	arabicFrames(w, func([]byte) { n++ })
	long := []rune(strings.Repeat("ظج", 8) + strings.Repeat("بت", 16))
	arabicFrames(long, func([]byte) { n++ })
	s := mustScreener(t)
	s.Name("علي " + strings.Repeat("ظج", 40) + strings.Repeat("بت", 160))
	_ = n
}

// TestScreenPashtoLetters checks that a name in Pashto letters is read as
// the same name in Persian ones: ګلبدین is Gulbuddin.
func TestScreenPashtoLetters(t *testing.T) {
	s := mustScreener(t)
	for _, q := range []string{"ګلبدین حکمتیار", "ګلبدين حکمتيار"} {
		hits := s.Name(q)
		if len(hits) == 0 || hits[0].Entry.UID != 7471 { // HEKMATYAR, Gulbuddin
			t.Errorf("%s: want HEKMATYAR, Gulbuddin (7471) first, got %d hits", q, len(hits))
		}
	}
	var n normalizer
	if got, want := n.tokens("ځ څ ښ ږ ټ ډ ړ ڼ ګ"), n.tokens("ز س ش ژ ت د ر ن گ"); !slices.Equal(got, want) {
		t.Errorf("Pashto letters read as %q, want %q", got, want)
	}
}
