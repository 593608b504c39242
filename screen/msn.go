package screen

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/sanctionscreen/ofac/sdn"
)

// An aircraft's manufacturer's serial number (MSN) is the identifier its
// maker gives it, which papers write beside or instead of its
// registration ("IL-76TD MSN 1013409297", "S/N 345"). The list gives one
// for most of its aircraft (sdn.AircraftInfo.SerialNumber). A query's
// serial number after such a cue is matched exactly against those, and
// taken out of the name the matcher reads, as an IMO number is.

// serialCue finds a serial number after its cue: MSN, S/N, SN, C/N, or
// "serial number" and its abbreviations, at a word's beginning or after
// a bracket, and then a space, a colon, a point or a hash, or a digit
// ("MSN391"): "SNACK24" and "Snezhana" are words of a name.
var serialCue = regexp.MustCompile(`(?i)(?:^|[\s(\[])(?:msn|s/n|sn|c/n|manufacturer'?s\s+serial\s+(?:number|no\.?)|serial(?:\s+(?:number|no\.?|nr\.?|#))?)` +
	`(?:\s*[:#.]\s*|\s+|(\d))([a-z0-9.\-]{0,14}[a-z0-9])(?:\.?$|[\s,;)\]])`)

// cutSerial returns the serial number name gives after a cue, in
// capitals, and name without the cue and the number; ok is false when
// name gives none. A serial number holds a digit.
func cutSerial(name string) (serial, rest string, ok bool) {
	if !strings.ContainsAny(name, "0123456789") {
		return "", name, false // most names: without the regexp
	}
	for _, m := range serialCue.FindAllStringSubmatchIndex(name, -1) {
		from := m[4] // the serial, or its first digit joined to the cue
		if m[2] >= 0 {
			from = m[2]
		}
		if !hasDigit(name[from:m[5]]) {
			continue
		}
		rest = strings.Join(strings.Fields(name[:m[0]]+" "+name[m[5]:]), " ")
		return strings.ToUpper(name[from:m[5]]), strings.Trim(rest, " ,;-/()."), true
	}
	return "", name, false
}

// serialKey is a serial number as serialListed compares it: in capitals,
// without spaces and hyphens.
func serialKey(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return -1
		}
		return r
	}, strings.ToUpper(s))
}

// serialListed returns the aircraft whose listed serial number is
// serial.
func (ix *index) serialListed(serial string) []*sdn.Entry {
	ix.serialOnce.Do(func() {
		ix.serials = make(map[string][]*sdn.Entry)
		for i := range ix.list.Entries {
			e := &ix.list.Entries[i]
			if e.Aircraft != nil && e.Aircraft.SerialNumber != "" {
				k := serialKey(e.Aircraft.SerialNumber)
				ix.serials[k] = append(ix.serials[k], e)
			}

		}
	})
	return ix.serials[serialKey(serial)]
}

// shortSerialScore is the score of a listed aircraft's serial number of
// fewer than minUniqueSerial characters given without its model: each
// maker numbers its own aircraft, so MSN 391 alone may be another
// maker's, but an analyst must see it.
const (
	shortSerialScore = 0.9
	minUniqueSerial  = 6
)

// serialHit scores the listed aircraft e that the query's serial number
// meets, with the reason: in full when the serial is long enough to be
// one aircraft's, or when the rest of the query names the listed model
// ("A300 MSN 226" against an Airbus A300B4-605R), else shortSerialScore.
func serialHit(e *sdn.Entry, serial, rest string) Hit {
	model := e.Aircraft.Model
	why := fmt.Sprintf("manufacturer's serial number %s is listed for it", serial)
	if model != "" {
		why += fmt.Sprintf(" (%s)", model)
	}
	score := 1.0
	switch {
	case len(serialKey(serial)) >= minUniqueSerial:
	case modelNamed(model, rest):
		why += "; the query names the model"
	default:
		score = shortSerialScore
		why += fmt.Sprintf("; a short serial number alone may be another maker's aircraft: score %.2f", shortSerialScore)
	}
	return Hit{Entry: e, Score: score, Matched: "MSN " + serial, Reasons: []string{why}}
}

// modelNamed reports whether text names the aircraft model model: a word
// of text, of three characters or more with a digit, is in model's
// letters and digits ("A300" in "A300B4-605R", "747" in "B.747-422").
func modelNamed(model, text string) bool {
	m := serialKey(strings.ReplaceAll(model, ".", ""))
	for _, w := range strings.Fields(text) {
		w = serialKey(strings.ReplaceAll(w, ".", ""))
		if len(w) >= 3 && hasDigit(w) && strings.Contains(m, w) {
			return true
		}
	}
	return false
}

// A vessel's MMSI, the nine digits of its radio's Maritime Mobile Service
// Identity, is given by the list for most of its vessels and written by
// papers beside the name ("VITUS BERING MMSI 273358680"). A vessel keeps
// it while it keeps its flag: matched exactly, it is the vessel's
// identifier, as an IMO number is.

// mmsiCue finds an MMSI after its cue.
var mmsiCue = regexp.MustCompile(`(?i)(?:^|[\s(\[])mmsi\s*(?:no\.?|number|nr\.?|#)?\s*[:#.]?\s*(\d{9})(?:$|[\s,;)\]])`)

// cutMMSI returns the MMSI name gives after its cue, and name without
// them; ok is false when name gives none.
func cutMMSI(name string) (mmsi, rest string, ok bool) {
	if indexFold(name, "mmsi") < 0 {
		return "", name, false
	}
	m := mmsiCue.FindStringSubmatchIndex(name)
	if m == nil {
		return "", name, false
	}
	rest = strings.Join(strings.Fields(name[:m[0]]+" "+name[m[3]:]), " ")
	return name[m[2]:m[3]], strings.Trim(rest, " ,;-/()[]"), true
}

// mmsiListed returns the entries that list MMSI mmsi.
func (ix *index) mmsiListed(mmsi string) []*sdn.Entry {
	ix.mmsiOnce.Do(func() {
		ix.mmsis = make(map[string][]*sdn.Entry)
		for i := range ix.list.Entries {
			e := &ix.list.Entries[i]
			for _, id := range e.IDs {
				if id.Type == "MMSI" {
					n := strings.TrimSpace(id.Number)
					ix.mmsis[n] = append(ix.mmsis[n], e)
				}
			}
		}
	})
	return ix.mmsis[mmsi]
}
