; token.asm: the smallest ERC-20-style token the tests need, assembled by
; assemble() in asm_test.go into token.hex (the deployment code). Written
; by hand because there is no Solidity compiler here; what it does, in
; Solidity terms:
;
;   contract Token {
;       mapping(address => uint256) balanceOf;       // slot = the address itself
;       event Transfer(address indexed from, address indexed to, uint256 value);
;       constructor() { balanceOf[msg.sender] = 1e27; }
;       function transfer(address to, uint256 value) returns (bool) {
;           require(balanceOf[msg.sender] >= value);
;           balanceOf[msg.sender] -= value;
;           balanceOf[to] += value;
;           emit Transfer(msg.sender, to, value);      // LOG3: three topics
;           return true;
;       }
;       function balanceOf(address a) view returns (uint256);
;       // ERC-721's event has the same signature with the id indexed as a
;       // fourth topic: a Source must not count it as a token payment.
;       function transferNFT(address to, uint256 id) {
;           emit Transfer(msg.sender, to, id);         // LOG4: four topics
;       }
;       // any other call, and any call with value, reverts
;   }
;
; Syntax: one instruction per line, "name:" a label, "@name" a label's
; offset, "@a-@b" the difference of two; ";" starts a comment.

; ---- deployment: give the deployer the whole supply, return the runtime
PUSH12 0x033b2e3c9fd0803ce8000000   ; 10^27 base units
CALLER
SSTORE
PUSH1 @end-@runtime                 ; size
DUP1
PUSH1 @runtime                      ; offset in this code
PUSH1 0x00                          ; destination in memory
CODECOPY
PUSH1 0x00
RETURN

; ---- runtime
runtime:
CALLVALUE                           ; no payable function
PUSH1 @fail-@runtime
JUMPI
PUSH1 0x00
CALLDATALOAD
PUSH1 0xe0
SHR                                 ; selector
DUP1
PUSH4 0xa9059cbb                    ; transfer(address,uint256)
EQ
PUSH1 @transfer-@runtime
JUMPI
DUP1
PUSH4 0x70a08231                    ; balanceOf(address)
EQ
PUSH1 @balanceof-@runtime
JUMPI
DUP1
PUSH4 0x94ab67fe                    ; transferNFT(address,uint256)
EQ
PUSH1 @nft-@runtime
JUMPI
fail:
JUMPDEST
PUSH1 0x00
DUP1
REVERT

transfer:
JUMPDEST
POP
PUSH1 0x04
CALLDATALOAD                        ; to
PUSH1 0x24
CALLDATALOAD                        ; value, to
CALLER
SLOAD                               ; bal, value, to
DUP2
DUP2
LT                                  ; bal < value
PUSH1 @fail-@runtime
JUMPI
DUP2
SWAP1
SUB                                 ; bal-value, value, to
CALLER
SSTORE                              ; value, to
DUP2
SLOAD                               ; balTo, value, to
DUP2
ADD
DUP3
SSTORE                              ; value, to
PUSH1 0x00
MSTORE                              ; to; memory[0:32] = value
CALLER                              ; from, to
PUSH32 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
PUSH1 0x20
PUSH1 0x00
LOG3                                ; Transfer(from, to, value)
PUSH1 0x01
PUSH1 0x00
MSTORE
PUSH1 0x20
PUSH1 0x00
RETURN                              ; true

balanceof:
JUMPDEST
POP
PUSH1 0x04
CALLDATALOAD
SLOAD
PUSH1 0x00
MSTORE
PUSH1 0x20
PUSH1 0x00
RETURN

nft:
JUMPDEST
POP
PUSH1 0x24
CALLDATALOAD                        ; id
PUSH1 0x04
CALLDATALOAD                        ; to, id
CALLER                              ; from, to, id
PUSH32 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
PUSH1 0x00
PUSH1 0x00
LOG4                                ; Transfer(from, to, id), no data
STOP
end:
