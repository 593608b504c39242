package sdn_test

import (
	"fmt"

	"github.com/sanctionscreen/ofac/sdn"
)

// Open reads any list file OFAC publishes, or a folder of the CSV files.
func ExampleOpen() {
	list, err := sdn.Open("../testdata/ofac/cons-csv-2025-12")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(list.Source, list.Format, len(list.Entries), "entries")
	// Output:
	// CONSOLIDATED csv 442 entries
}

// Parse tells the XML format from the document and unwraps gzip or bzip2.
func ExampleParse() {
	list, err := sdn.Open("../testdata/advanced/sdn_advanced-2025-11-19-trimmed.xml")
	if err != nil {
		fmt.Println(err)
		return
	}
	e := list.Entry(22790)
	fmt.Println(list.Published.Format("2006-01-02"), list.Format)
	fmt.Println(e.Name, e.Kind, e.Programs)
	fmt.Println(e.BirthDates[0], e.BirthPlaces[0], e.Citizenships[0])
	// Output:
	// 2025-11-19 advanced-xml
	// MADURO MOROS, Nicolas individual [VENEZUELA IRAN-CON-ARMS-EO]
	// 23 Nov 1962 Caracas, Venezuela Venezuela
}
