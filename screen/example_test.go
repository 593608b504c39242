package screen_test

import (
	"fmt"

	"github.com/sanctionscreen/ofac/screen"
	"github.com/sanctionscreen/ofac/sdn/snapshot"
)

// Screen a payee by name, birth date and country against the embedded
// list.
func Example() {
	list, err := snapshot.SDN()
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := screen.New(list)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, h := range s.Screen(screen.Query{Name: "Nicolas Maduro", BirthDate: "1962-11-23", Country: "VE", Limit: 1}) {
		fmt.Printf("%d %s %.2f\n", h.Entry.UID, h.Entry.Name, h.Score)
		for _, r := range h.Reasons {
			fmt.Println(" -", r)
		}
	}
	// Output:
	// 22790 MADURO MOROS, Nicolas 1.00
	//  - matched name "MADURO MOROS, Nicolas": 0.94
	//  - same tokens: nicolas, maduro
	//  - listed tokens not in the query: moros
	//  - birth date 1962-11-23 agrees with listed DOB 23 Nov 1962 (+0.05)
	//  - country VE agrees with listed Venezuela (+0.03)
}

// Screen a wallet address, in any asset's format.
func ExampleScreener_Wallet() {
	list, _ := snapshot.SDN()
	s, _ := screen.New(list)
	for _, h := range s.Wallet("0x098b716b8aaf21512996dc57eb0615e2383e2f96") {
		fmt.Println(h.Entry.UID, h.Entry.Name, h.Score)
	}
	// Output:
	// 27307 Lazarus Group 1
}

func ExampleSimilarity() {
	fmt.Printf("%.2f\n", screen.Similarity("Vladimir Putin", "PUTIN, Vladimir Vladimirovich"))
	fmt.Printf("%.2f\n", screen.Similarity("John Smith", "PUTIN, Vladimir Vladimirovich"))
	// Output:
	// 0.95
	// 0.00
}
