package screen

import "testing"

func TestPaymentReading(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"BENEFICIARY ROSNEFT", "ROSNEFT"},
		{"BENEFICIARY: MR OLEG DERIPASKA", "MR OLEG DERIPASKA"},
		{"ORDERING CUSTOMER JOHN SMITH", "JOHN SMITH"},
		{"SBERBANK PAO ACC 30101810400000000225", "SBERBANK PAO"},
		{"OLEG DERIPASKA ACC NO 40817810099910004312", "OLEG DERIPASKA"},
		{"OLEG DERIPASKA A/C: 40817810099910004312", "OLEG DERIPASKA"},
		{"IBAN DE89370400440532013000 HANS MEIER", "HANS MEIER"},
		{"1/OLEG DERIPASKA 2/MOSCOW RU", "OLEG DERIPASKA"},
		{"/40817810099910004312 1/OLEG 1/DERIPASKA 2/UL TVERSKAYA 3/RU/MOSCOW", "OLEG DERIPASKA"},
		{"Name: Nicolas Maduro", "Nicolas Maduro"},
		{":59:NICOLAS MADURO", "NICOLAS MADURO"},
		{":50K:/40817810099910004312 OLEG DERIPASKA", "OLEG DERIPASKA"},
		{":59F:/DE89370400440532013000 1/HANS MEIER 2/BERLIN", "HANS MEIER"},
		{":5:x", ""},
		// Nothing to leave out, or nothing left.
		{"Oleg Deripaska", ""},
		{"Beneficiary", ""},
		{"2904977 CANADA, INC.", "CANADA, INC."},
		{"ACC 1234567", ""},
		{"Customer Services Ltd", ""},
		{"Customer: Ali Khan", "Ali Khan"},
		{"Receiver Technologies", ""},
		{"BENEFICIARY CUSTOMER: ROSNEFT", "ROSNEFT"},
		{"Flat 12, 45 Baker Street", ""},
		// A street address after the name.
		{"PJSC SBERBANK 19 VAVILOVA ST MOSCOW", "PJSC SBERBANK"},
		{"ROSNEFT OIL COMPANY, 26/1 SOFIYSKAYA EMB", "ROSNEFT OIL COMPANY"},
		{"Oleg Deripaska ul. Tverskaya 12", "Oleg Deripaska"},
		{"Route 66 Diner Main Street", ""},
		{"7 Eleven Inc", ""},
		{"NEW DECISIONS 2 ST PETERSBURG", ""}, // St is Saint there
	} {
		if got := paymentReading(tc.in); got != tc.want {
			t.Errorf("paymentReading(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, q := range []string{"Nicolas Maduro Moros", "SBERBANK PAO", "Оле́г Дерипаска"} {
		if n := testing.AllocsPerRun(100, func() { paymentReading(q) }); n > 0 {
			t.Errorf("paymentReading(%q) allocates %v times", q, n)
		}
	}
}

// TestScreenPaymentFields checks that a name as a payment message's field
// gives it finds its entry, and that the field's other words make no hit.
func TestScreenPaymentFields(t *testing.T) {
	s := mustScreener(t)
	for _, tc := range []struct {
		query string
		uid   int
	}{
		{"BENEFICIARY ROSNEFT", 17022},
		{"SBERBANK PAO ACC 30101810400000000225", 17018},
		{"OLEG DERIPASKA ACC NO 40817810099910004312", 24283},
		{"/40817810099910004312 1/OLEG DERIPASKA 2/MOSCOW 3/RU/MOSCOW", 24283},
		{":59:NICOLAS MADURO MOROS", 22790},
	} {
		wantHitSaying(t, s, tc.query, tc.uid, "payment message's field")
	}
	for _, q := range []string{"BENEFICIARY JOHN SMITH ACC 1234567890", "1/MARIA GARCIA 2/CALLE MAYOR 5 3/ES/MADRID",
		"ORDERING CUSTOMER BRIGHTWATER LOGISTICS LLC IBAN GB29NWBK60161331926819"} {
		if hits := s.Name(q); len(hits) > 0 {
			t.Errorf("%q hits %q at %.3f: %v", q, hits[0].Matched, hits[0].Score, hits[0].Reasons)
		}
	}
}

func TestCutOnBehalf(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"In trust for John Smith", "John Smith"},
		{"F/B/O Hamas", "Hamas"},
		{"for the benefit of: Acme Ltd", "Acme Ltd"},
		{"On behalf of Garantex", "Garantex"},
		{"c/o Rosoboronexport", "Rosoboronexport"},
		{"In favour of Mahan Air", "Mahan Air"},
		// Nothing to leave out, or nothing left.
		{"In trust for", ""},
		{"Intrust PLC", ""},
		{"Onbehalf Ltd", ""},
		{"Care Services Ltd", ""},
		{"John Smith", ""},
		{"", ""},
	} {
		if got := cutOnBehalf(tc.in); got != tc.want {
			t.Errorf("cutOnBehalf(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
