package main

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
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

// arabicName is a name in Arabic letters, its usual Latin spelling and
// the other spellings it is commonly given.
type arabicName struct {
	arabic, latin string
	spellings     []string
}

// names parses "arabic latin|other|…" lines, one name to a line, "_" for
// a space inside a spelling.
func names(s string) []arabicName {
	var out []arabicName
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		f := strings.Fields(l)
		if len(f) != 2 {
			panic(fmt.Sprintf("evalgen: arabic name line %q", l))
		}
		sp := strings.Split(strings.ReplaceAll(f[1], "_", " "), "|")
		out = append(out, arabicName{f[0], sp[0], sp})
	}
	return out
}

// listedKey is foldKey without the articles al and el: the list writes
// AL-OTAIBI, Mohammad and OTAIBI alike.
func listedKey(s string) string {
	toks := slices.DeleteFunc(foldTokens(s), func(t string) bool { return t == "al" || t == "el" })
	slices.Sort(toks)
	return strings.Join(slices.Compact(toks), " ")
}

// spellingKeys calls fn with listedKey of every way of spelling parts.
func spellingKeys(parts []arabicName, fn func(key, written string) bool) {
	var walk func(i int, acc []string) bool
	walk = func(i int, acc []string) bool {
		if i == len(parts) {
			w := strings.Join(acc, " ")
			return fn(listedKey(w), w)
		}
		for _, sp := range parts[i].spellings {
			if !walk(i+1, append(acc, sp)) {
				return false
			}
		}
		return true
	}
	walk(0, nil)
}

// Common given names of Arab men and women, and family names of the Gulf
// and the Levant, in Arabic letters and as they are usually spelt in Latin.
var (
	arabMen = names(`
محمد Mohammed|Mohamed|Muhammad|Mohammad|Muhammed|Mohamad|Mohd
أحمد Ahmed|Ahmad
علي Ali|Aly
حسن Hassan|Hasan
حسين Hussein|Husain|Hussain|Husayn|Hossein|Husein
عمر Omar|Umar|Omer
خالد Khaled|Khalid
يوسف Youssef|Yousef|Yusuf|Youcef|Yousif|Yusif
إبراهيم Ibrahim|Ebrahim
عبدالله Abdullah|Abdallah|Abdulla
عبدالرحمن Abdulrahman|Abdelrahman|Abd_al-Rahman|Abdul_Rahman|Abdurrahman|Abderrahmane
سعيد Saeed|Said|Sa'id|Saied
مصطفى Mustafa|Mostafa|Moustafa
محمود Mahmoud|Mahmud
طارق Tariq|Tarek|Tareq|Tarik
فيصل Faisal|Faysal|Faycal
ماجد Majed|Majid
سلمان Salman
فهد Fahad|Fahd
ناصر Nasser|Nasir|Naser|Nassir
سامي Sami|Samy
كريم Karim|Kareem
عادل Adel|Adil
جمال Jamal|Gamal|Djamel
رامي Rami
وليد Walid|Waleed
زياد Ziad|Ziyad|Zeyad
هشام Hisham|Hesham
ياسر Yasser|Yasir|Yaser
بلال Bilal
حمزة Hamza|Hamzah
أنس Anas
صالح Saleh|Salih
منصور Mansour|Mansur
عثمان Othman|Uthman|Osman
مراد Murad|Mourad
نبيل Nabil
سليمان Suleiman|Sulaiman|Sulayman|Soliman
عماد Imad|Emad
باسم Basem|Bassam|Basim|Bassem`)
	arabWomen = names(`
فاطمة Fatima|Fatma
عائشة Aisha|Aysha|Aicha
مريم Maryam
نور Nour|Noor|Nur
سارة Sara
ليلى Layla|Laila|Leila
هدى Huda|Hoda
زينب Zainab|Zaynab|Zeinab
أمل Amal
رنا Rana
سلمى Salma
دينا Dina
ريم Reem|Rim
هالة Hala
منى Mona|Muna
ياسمين Yasmin|Yasmine
خديجة Khadija|Khadijah
لينا Lina
نادية Nadia|Nadiya
رشا Rasha`)
	arabFamilies = names(`
العلي Al-Ali
الأحمد Al-Ahmad|Al-Ahmed
الحسن Al-Hassan|Al-Hasan
الشمري Al-Shammari|Al-Shamari
العتيبي Al-Otaibi|Al-Utaybi|Al-Otaybi
القحطاني Al-Qahtani|Al-Kahtani
الدوسري Al-Dossari|Al-Dosari|Al-Dawsari
الزهراني Al-Zahrani
الغامدي Al-Ghamdi|Al-Ghamidi
المطيري Al-Mutairi|Al-Mutayri
الحربي Al-Harbi
السعدي Al-Saadi|Al-Sa'di
النجار Al-Najjar|Al-Najar
الخطيب Al-Khatib|Al-Khateeb
الحداد Al-Haddad
الصباغ Al-Sabbagh|Al-Sabagh
حداد Haddad|Hadad
خوري Khoury|Khouri|Khuri
منصور Mansour|Mansur
عبود Abboud|Abbud
ناصر Nasser|Nasir|Naser|Nassir
سليمان Suleiman|Sulaiman|Sulayman|Soliman
يوسف Youssef|Yousef|Yusuf|Youcef|Yousif|Yusif
حمدان Hamdan
العمري Al-Omari|Al-Umari
الشريف Al-Sharif|Al-Sherif
التميمي Al-Tamimi
الجبوري Al-Jubouri|Al-Juburi|Al-Jaburi
العبيدي Al-Obaidi|Al-Ubaydi|Al-Ubaidi
الكبيسي Al-Kubaisi|Al-Kubaysi
البدري Al-Badri
الراشد Al-Rashed|Al-Rashid
الفارس Al-Fares|Al-Faris
عيسى Issa|Isa|Eisa
عواد Awad|Awwad
سلامة Salameh|Salama|Salamah
قاسم Qasem|Qasim|Kassem|Qassem
درويش Darwish|Darwich
شحادة Shehadeh|Shehada|Shahada|Shihadeh
بركات Barakat`)
)

// Common given names of Iranian men and women and common Iranian surnames,
// in Persian letters and as they are usually spelt in Latin.
var (
	persianMen = names(`
محمد Mohammad|Mohamad|Muhammad|Mohammed
علی Ali|Aly
حسین Hossein|Hosein|Hussein|Husain
رضا Reza
مهدی Mehdi|Mahdi
امیر Amir
حسن Hassan|Hasan
مجید Majid|Majed
سعید Saeed|Said|Sa'id|Saied
احمد Ahmad
جواد Javad|Jawad
حمید Hamid
مسعود Masoud|Masud|Masood
محسن Mohsen|Mohsin
ابراهیم Ebrahim|Ibrahim
اکبر Akbar
مرتضی Morteza|Mortaza|Murtaza
مصطفی Mostafa
بهروز Behrouz|Behruz
فرهاد Farhad
داریوش Dariush|Daryoush|Dariyush
کامران Kamran
بهرام Bahram
سیاوش Siavash|Siavosh
آرش Arash
پرویز Parviz|Parvis
کاوه Kaveh
نادر Nader
یوسف Yousef|Yusuf|Yousof
صادق Sadegh|Sadeq|Sadiq`)
	persianWomen = names(`
فاطمه Fatemeh|Fateme|Fatima
زهرا Zahra
مریم Maryam
سارا Sara
نرگس Narges
لیلا Leila|Leyla|Layla
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
محمدی Mohammadi|Mohamadi|Muhammadi
حسینی Hosseini|Hoseini|Husseini|Husaini
احمدی Ahmadi
رضایی Rezaei|Rezaie|Rezai|Rezaee
موسوی Mousavi|Musavi|Moosavi
کریمی Karimi
رحیمی Rahimi
جعفری Jafari|Ja'fari|Jaafari
صادقی Sadeghi|Sadeqi
حیدری Heydari|Heidari
کاظمی Kazemi
قاسمی Ghasemi|Qasemi|Ghassemi
اکبری Akbari
ابراهیمی Ebrahimi|Ibrahimi
نوری Nouri|Noori|Nuri
رستمی Rostami
سلیمانی Soleimani|Solaimani|Sulaimani
امینی Amini
باقری Bagheri|Baqeri|Baqiri
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
هاشمی Hashemi|Hashimi
یوسفی Yousefi|Yusefi|Yousofi
میرزایی Mirzaei|Mirzaie|Mirzai
بهرامی Bahrami
زارعی Zarei|Zaree|Zarie|Zare'i
قربانی Ghorbani|Qorbani
خسروی Khosravi
عزیزی Azizi
مرادی Moradi
علیزاده Alizadeh|Alizade`)
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
// usual Latin spelling. A row that some common spelling of its words
// (arabicName.spellings) makes a listed name or alias, articles aside
// (listedKey), goes to <name>-removed.tsv with that spelling: it names
// a listed person, not a negative. A row repeating an earlier one is
// dropped.
func runArabic(out, name string, n int, seed uint64) error {
	l, err := loadList()
	if err != nil {
		return err
	}
	keys := map[string]string{}
	for _, e := range l.Entries {
		keys[listedKey(e.Name)] = fmt.Sprintf("%d\t%s", e.UID, e.Name)
		for _, a := range e.Aliases {
			if _, ok := keys[listedKey(a.Name)]; !ok {
				keys[listedKey(a.Name)] = fmt.Sprintf("%d\t%s", e.UID, a.Name)
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
			for father.arabic == given.arabic {
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
				for second.arabic == parts[0].arabic {
					second = pick(persianMen)
				}
				parts = []arabicName{pick(persianMen), second, parts[1]}
				for parts[0].arabic == parts[1].arabic {
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
		if seen[k] {
			dups++
			continue
		}
		seen[k] = true
		var listed string
		spellingKeys(parts, func(key, written string) bool {
			if m, ok := keys[key]; ok {
				listed = written + "\t" + m
				return false
			}
			return true
		})
		if listed != "" {
			removed = append(removed, append(row, strings.Split(listed, "\t")...))
			continue
		}
		kept = append(kept, row)
	}
	header := []string{"name", "latin", "locale", "kind"}
	if err := writeTSV(filepath.Join(out, name+".tsv"), header, kept); err != nil {
		return err
	}
	if err := writeTSV(filepath.Join(out, name+"-removed.tsv"), append(header, "spelt", "uid", "listed_name"), removed); err != nil {
		return err
	}
	fmt.Printf("made %d, kept %d, removed %d as listed names, %d duplicates\n", n, len(kept), len(removed), dups)
	return nil
}
