package screen

import "testing"

func TestCutSerial(t *testing.T) {
	for _, tc := range []struct{ in, serial, rest string }{
		{"IL-76TD MSN 1013409297", "1013409297", "IL-76TD"},
		{"serial number 632", "632", ""},
		{"S/N 345", "345", ""},
		{"1900D MSN UE-352", "UE-352", "1900D"},
		{"MSN 2726628.1", "2726628.1", ""},
		{"Airbus A300 (MSN: 226)", "226", "Airbus A300"},
		{"Manufacturer's Serial Number 24383 Mahan Air", "24383", "Mahan Air"},
		{"Snezhana Air S/N 3362", "3362", "Snezhana Air"},
		{"MSN 3362.", "3362", ""},
		{"MSN391", "391", ""},
		// No serial number: no cue, or no digit.
		{"SNACK24 LTD", "", "SNACK24 LTD"},
		{"Samsung Electronics", "", "Samsung Electronics"},
		{"MSN Holdings 2", "", "MSN Holdings 2"},
		{"Snow 12", "", "Snow 12"},
	} {
		serial, rest, ok := cutSerial(tc.in)
		if serial != tc.serial || rest != tc.rest || ok != (tc.serial != "") {
			t.Errorf("cutSerial(%q) = %q, %q, %v; want %q, %q", tc.in, serial, rest, ok, tc.serial, tc.rest)
		}
	}
}

// An aircraft's serial number finds it, in full when it is long or the
// query names the model, else at shortSerialScore.
func TestScreenSerial(t *testing.T) {
	s := mustAllScreener(t)
	for _, tc := range []struct {
		query string
		uid   int
		score float64
	}{
		{"IL-76TD MSN 1013409297", 15432, 1},
		{"B747 MSN 24383", 15457, 1},
		{"Avro RJ100 S/N 3362", 15979, 1},
		{"S/N 3362", 15979, shortSerialScore},
		{"MSN 391", 18150, 1}, // the list names it so
		{"MSN 2726628.1", 43156, 1},
	} {
		hits := s.Name(tc.query)
		if topUID(hits) != tc.uid || hits[0].Score != tc.score || !containsReason(hits[0].Reasons, "serial number") {
			t.Errorf("%q: hits %v, want %d first at %.2f", tc.query, hitUIDs(hits), tc.uid, tc.score)
			continue
		}
	}
	// A serial number no listed aircraft has finds nothing, nor a
	// registration's neighbour through the serial's words.
	wantNoHit(t, s, "MSN 2726628.9", "S/N 99999999")
}

func TestScreenMMSI(t *testing.T) {
	for _, tc := range []struct{ in, mmsi, rest string }{
		{"VITUS BERING MMSI 273358680", "273358680", "VITUS BERING"},
		{"MMSI: 352001369", "352001369", ""},
		{"celine (MMSI No. 352001369)", "352001369", "celine"},
		{"MMSI 35200136", "", "MMSI 35200136"}, // eight digits
	} {
		mmsi, rest, ok := cutMMSI(tc.in)
		if mmsi != tc.mmsi || rest != tc.rest || ok != (tc.mmsi != "") {
			t.Errorf("cutMMSI(%q) = %q, %q, %v; want %q, %q", tc.in, mmsi, rest, ok, tc.mmsi, tc.rest)
		}
	}
	s := mustAllScreener(t)
	for q, uid := range map[string]int{"VITUS BERING MMSI 273358680": 51934, "Ocean Star MMSI 352001369": 51837} {
		hits := s.Name(q)
		if topUID(hits) != uid || hits[0].Score != 1 || !containsReason(hits[0].Reasons, "MMSI") {
			t.Errorf("%q: hits %v, want %d first", q, hitUIDs(hits), uid)
		}
	}
	wantNoHit(t, s, "MMSI 123456789")
}
