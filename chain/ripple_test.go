package chain

import "testing"

func TestRippleVectors(t *testing.T) {
	const genesis = "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh" // the XRP Ledger's genesis account
	runVectors(t, []vector{
		{XRP, genesis, genesis, nil, "genesis account"},
		{XRP, "rrrrrrrrrrrrrrrrrrrrrhoLvTp", "rrrrrrrrrrrrrrrrrrrrrhoLvTp", nil, "ACCOUNT_ZERO: all-zero account ID"},
		{XRP, "rrrrrrrrrrrrrrrrrrrrBZbvji", "rrrrrrrrrrrrrrrrrrrrBZbvji", nil, "ACCOUNT_ONE"},
		{XRP, "rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66", "rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66", nil, "listed"},
		{XRP, flip(genesis, 12, xrp58), "", ErrChecksum, "one character changed"},
		{XRP, genesis[:28], "", ErrLength, "six characters dropped"},
		{XRP, "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyT0", "", ErrCharacter, "'0' is not base58"},
		// A 20-byte payload under a non-zero version: the same account ID
		// with the node-public-key version 0x1c reads "n...".
		{XRP, rippleAlphabet.encodeCheck([]byte{0x1c}, make([]byte, 20)), "", ErrPrefix, "not an account ID"},
	})
	// ACCOUNT_ZERO really is twenty zero bytes: the alphabet is Ripple's.
	v, p, err := rippleAlphabet.decodeCheck("rrrrrrrrrrrrrrrrrrrrrhoLvTp", 1, 20)
	if err != nil || v[0] != 0 || string(p) != string(make([]byte, 20)) {
		t.Errorf("ACCOUNT_ZERO decodes to %x %x, %v", v, p, err)
	}
}
