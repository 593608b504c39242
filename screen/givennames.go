package screen

import "strings"

// East Slavic given names in their Russian, Ukrainian and Belarusian forms,
// in the romanisations the list and payees' documents use. One person is
// "Igor" in a Russian passport, "Ihor" in a Ukrainian one and "Ihar" in a
// Belarusian one: the forms differ in more letters than a typo, so no edit
// distance pairs them. Each line is one name; the index treats its forms
// as spellings of one another (variantSim), as it does the spellings the
// list itself pairs for one party. Only forms that are not another common
// name are listed ("Paul" is not "Pavel" to an analyst).
var slavicGivenNames = []string{
	"aleksandr alexandr alexander aleksander oleksandr olexandr oleksander aliaksandr alyaksandr aleksandar",
	"aleksandra alexandra oleksandra olexandra aliaksandra alyaksandra",
	"aleksey alexey aleksei alexei alexej aleksej oleksiy oleksii olexiy olexii oleksij aliaksei alyaksei alyaksey",
	"igor ihor ihar",
	"oleg oleh aleh",
	"nikolai nikolay nikolaj mykola mikalai mikola",
	"elena yelena jelena olena alena alyona",
	"vladimir volodymyr uladzimir wladimir",
	"petr pyotr piotr petro piatro",
	"pavel pavlo paval",
	"sergey sergei sergej serhiy serhii serhij sergiy siarhei siarhey",
	"andrey andrei andrej andriy andrii andrij",
	"dmitry dmitriy dmitri dmitrii dmytro dzmitry dzmitryi",
	"yuri yuriy yury yurii iurii jurij yurij",
	"vasily vasiliy vasili vasilii vasilij vasyl vasil",
	"grigory grigoriy grigorii grigorij hryhoriy hryhorii ryhor",
	"mikhail mykhailo mykhaylo mikhailo mikhas",
	"evgeny evgeniy evgenii yevgeny yevgeniy yevgenii yevhen yevhenii yauhen",
	"evgeniya evgenia yevgeniya yevgenia yevheniia yevheniya yauheniya",
	"anatoly anatoliy anatolii anatol",
	"valery valeriy valerii valeri",
	"vitaly vitaliy vitalii vitali",
	"georgy georgiy georgii heorhiy heorhii",
	"maksim maxim maksym",
	"bogdan bohdan",
	"galina halyna halina",
	"lyudmila ludmila liudmila liudmyla lyudmyla ludmyla",
	"irina iryna",
	"olga olha volha",
	"tatyana tatiana tetiana tetyana tatsiana",
	"ekaterina yekaterina kateryna katsiaryna katerina",
	"natalya natalia nataliya natallia",
	"gennady gennadiy gennadii hennadiy hennadii henadz",
	"konstantin kostiantyn kostyantyn kanstantsin",
	"vyacheslav viacheslav vyachaslau viachaslau",
	"vadim vadym",
	"stanislav stanislau",
	"yaroslav yaraslau",
	"vladislav vladyslav uladzislau",
	"svetlana svitlana sviatlana",
	"anastasia anastasiya anastasiia",
	"yulia yuliya yuliia",
	"valentina valentyna",
	"valentin valentyn",
	"leonid leanid",
	"kirill kyrylo kiryl",
	"fedor fyodor fedir",
	"boris borys barys",
	"denis denys dzianis",
	"arkady arkadiy arkadii",
	"timofey tymofiy tsimafei",
	"nadezhda nadiya nadzeya",
	"larisa larysa",
	"svyatoslav sviatoslav",
	"semyon semen",
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
}

// givenNameGroup maps each form in slavicGivenNames to 1 + its line.
var givenNameGroup = func() map[string]uint16 {
	m := make(map[string]uint16)
	for i, line := range slavicGivenNames {
		for _, f := range strings.Fields(line) {
			m[f] = uint16(i + 1)
		}
	}
	return m
}()

// sameGivenName reports whether a and b are two forms of one name in
// slavicGivenNames.
func sameGivenName(a, b string) bool {
	g := givenNameGroup[a]
	return g != 0 && g == givenNameGroup[b] && a != b
}

// givenNamePairs pairs the forms of each name in slavicGivenNames that the
// dictionary holds.
func givenNamePairs(dict map[string]int32) [][2]string {
	var out [][2]string
	for _, line := range slavicGivenNames {
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

// givenNameForms calls fn with every other form of t that the
// dictionary holds.
func givenNameForms(t string, dict map[string]int32, fn func(id int32)) {
	g := givenNameGroup[t]
	if g == 0 {
		return
	}
	for _, f := range strings.Fields(slavicGivenNames[g-1]) {
		if id, ok := dict[f]; ok && f != t {
			fn(id)
		}
	}
}
