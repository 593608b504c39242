package main

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
)

// Payrolls of the Gulf, the Levant, North Africa and Iran hold names in
// Arabic letters, and the commonest of them share words with hundreds of
// listed people: a payee named محمد أحمد علي is the false alarm such a
// payroll meets first. negatives.mjs draws Arabic and Persian names from
// faker's lists, which are broad but thin in the commonest names; runArabic
// writes names made of the commonest ones, each in Arabic letters and in
// its usual Latin spelling, so that what the screen makes of the letters
// can be set beside what it makes of the name as a Latin payroll writes it.

// arabicName is a name in Arabic letters and its usual Latin spelling.
type arabicName struct{ arabic, latin string }

// names parses "arabic latin" pairs, one to a line.
func names(s string) []arabicName {
	var out []arabicName
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		f := strings.Fields(l)
		if len(f) != 2 {
			panic(fmt.Sprintf("evalgen: arabic name line %q", l))
		}
		out = append(out, arabicName{f[0], f[1]})
	}
	return out
}

// Common given names of Arab men and women, and family names of the Gulf
// and the Levant, in Arabic letters and as they are usually spelt in Latin.
var (
	arabMen = names(`
محمد Mohammed
أحمد Ahmed
علي Ali
حسن Hassan
حسين Hussein
عمر Omar
خالد Khaled
يوسف Youssef
إبراهيم Ibrahim
عبدالله Abdullah
عبدالرحمن Abdulrahman
سعيد Saeed
مصطفى Mustafa
محمود Mahmoud
طارق Tariq
فيصل Faisal
ماجد Majed
سلمان Salman
فهد Fahad
ناصر Nasser
سامي Sami
كريم Karim
عادل Adel
جمال Jamal
رامي Rami
وليد Walid
زياد Ziad
هشام Hisham
ياسر Yasser
بلال Bilal
حمزة Hamza
أنس Anas
صالح Saleh
منصور Mansour
عثمان Othman
مراد Murad
نبيل Nabil
سليمان Suleiman
عماد Imad
باسم Basem`)
	arabWomen = names(`
فاطمة Fatima
عائشة Aisha
مريم Maryam
نور Nour
سارة Sara
ليلى Layla
هدى Huda
زينب Zainab
أمل Amal
رنا Rana
سلمى Salma
دينا Dina
ريم Reem
هالة Hala
منى Mona
ياسمين Yasmin
خديجة Khadija
لينا Lina
نادية Nadia
رشا Rasha`)
	arabFamilies = names(`
العلي Al-Ali
الأحمد Al-Ahmad
الحسن Al-Hassan
الشمري Al-Shammari
العتيبي Al-Otaibi
القحطاني Al-Qahtani
الدوسري Al-Dossari
الزهراني Al-Zahrani
الغامدي Al-Ghamdi
المطيري Al-Mutairi
الحربي Al-Harbi
السعدي Al-Saadi
النجار Al-Najjar
الخطيب Al-Khatib
الحداد Al-Haddad
الصباغ Al-Sabbagh
حداد Haddad
خوري Khoury
منصور Mansour
عبود Abboud
ناصر Nasser
سليمان Suleiman
يوسف Youssef
حمدان Hamdan
العمري Al-Omari
الشريف Al-Sharif
التميمي Al-Tamimi
الجبوري Al-Jubouri
العبيدي Al-Obaidi
الكبيسي Al-Kubaisi
البدري Al-Badri
الراشد Al-Rashed
الفارس Al-Fares
عيسى Issa
عواد Awad
سلامة Salameh
قاسم Qasem
درويش Darwish
شحادة Shehadeh
بركات Barakat`)
)

// Common given names of Iranian men and women and common Iranian surnames,
// in Persian letters and as they are usually spelt in Latin.
var (
	persianMen = names(`
محمد Mohammad
علی Ali
حسین Hossein
رضا Reza
مهدی Mehdi
امیر Amir
حسن Hassan
مجید Majid
سعید Saeed
احمد Ahmad
جواد Javad
حمید Hamid
مسعود Masoud
محسن Mohsen
ابراهیم Ebrahim
اکبر Akbar
مرتضی Morteza
مصطفی Mostafa
بهروز Behrouz
فرهاد Farhad
داریوش Dariush
کامران Kamran
بهرام Bahram
سیاوش Siavash
آرش Arash
پرویز Parviz
کاوه Kaveh
نادر Nader
یوسف Yousef
صادق Sadegh`)
	persianWomen = names(`
فاطمه Fatemeh
زهرا Zahra
مریم Maryam
سارا Sara
نرگس Narges
لیلا Leila
شیرین Shirin
پریسا Parisa
نازنین Nazanin
مینا Mina
الهام Elham
سمیرا Samira
مهسا Mahsa
نسرین Nasrin
آزاده Azadeh`)
	persianSurnames = names(`
محمدی Mohammadi
حسینی Hosseini
احمدی Ahmadi
رضایی Rezaei
موسوی Mousavi
کریمی Karimi
رحیمی Rahimi
جعفری Jafari
صادقی Sadeghi
حیدری Heydari
کاظمی Kazemi
قاسمی Ghasemi
اکبری Akbari
ابراهیمی Ebrahimi
نوری Nouri
رستمی Rostami
سلیمانی Soleimani
امینی Amini
باقری Bagheri
طاهری Taheri
عباسی Abbasi
نجفی Najafi
یزدانی Yazdani
شریفی Sharifi
اسدی Asadi
فرهادی Farhadi
کرمانی Kermani
تهرانی Tehrani
شیرازی Shirazi
نظری Nazari
هاشمی Hashemi
یوسفی Yousefi
میرزایی Mirzaei
بهرامی Bahrami
زارعی Zarei
قربانی Ghorbani
خسروی Khosravi
عزیزی Azizi
مرادی Moradi
علیزاده Alizadeh`)
)

// runArabic writes n names (60% Arab, 40% Iranian), each drawn uniformly
// from the lists above with PCG stream (seed, 5):
//   - Arab: a given name of a sex, the father's given name and the family
//     name (50%), the given and the father's name alone (25%), or the given
//     and the family name (25%); the father's name never equal to the
//     given name.
//   - Iranian: a given name and a surname (85%), or two men's given names
//     and a surname (15%, "محمد رضا کریمی").
//
// Each row holds the name in Arabic letters and the same words in their
// usual Latin spelling. A row whose Latin spelling has the folded token
// set of a listed name or alias goes to <name>-removed.tsv, as in
// runNegatives; a row repeating an earlier one is dropped.
func runArabic(out, name string, n int, seed uint64) error {
	l, err := loadList()
	if err != nil {
		return err
	}
	keys := map[string]string{}
	for _, e := range l.Entries {
		keys[foldKey(e.Name)] = fmt.Sprintf("%d\t%s", e.UID, e.Name)
		for _, a := range e.Aliases {
			if _, ok := keys[foldKey(a.Name)]; !ok {
				keys[foldKey(a.Name)] = fmt.Sprintf("%d\t%s", e.UID, a.Name)
			}
		}
	}
	rng := rand.New(rand.NewPCG(seed, 5))
	pick := func(s []arabicName) arabicName { return s[rng.IntN(len(s))] }
	var kept, removed [][]string
	seen := map[string]bool{}
	dups := 0
	for range n {
		var parts []arabicName
		locale := "ar"
		if rng.Float64() < 0.6 {
			given := pick(arabMen)
			if rng.IntN(2) == 1 {
				given = pick(arabWomen)
			}
			father := pick(arabMen)
			for father == given {
				father = pick(arabMen)
			}
			family := pick(arabFamilies)
			switch f := rng.Float64(); {
			case f < 0.5:
				parts = []arabicName{given, father, family}
			case f < 0.75:
				parts = []arabicName{given, father}
			default:
				parts = []arabicName{given, family}
			}
		} else {
			locale = "fa"
			given := pick(persianMen)
			if rng.IntN(2) == 1 {
				given = pick(persianWomen)
			}
			parts = []arabicName{given, pick(persianSurnames)}
			if rng.Float64() < 0.15 {
				second := pick(persianMen)
				for second == parts[0] {
					second = pick(persianMen)
				}
				parts = []arabicName{pick(persianMen), second, parts[1]}
				for parts[0] == parts[1] {
					parts[0] = pick(persianMen)
				}
			}
		}
		ar, lat := make([]string, len(parts)), make([]string, len(parts))
		for i, p := range parts {
			ar[i], lat[i] = p.arabic, p.latin
		}
		row := []string{strings.Join(ar, " "), strings.Join(lat, " "), locale, "individual"}
		k := foldKey(row[1])
		if m, ok := keys[k]; ok {
			removed = append(removed, append(row, strings.Split(m, "\t")...))
			continue
		}
		if seen[k] {
			dups++
			continue
		}
		seen[k] = true
		kept = append(kept, row)
	}
	header := []string{"name", "latin", "locale", "kind"}
	if err := writeTSV(filepath.Join(out, name+".tsv"), header, kept); err != nil {
		return err
	}
	if err := writeTSV(filepath.Join(out, name+"-removed.tsv"), append(header, "uid", "listed_name"), removed); err != nil {
		return err
	}
	fmt.Printf("made %d, kept %d, removed %d as listed names, %d duplicates\n", n, len(kept), len(removed), dups)
	return nil
}
