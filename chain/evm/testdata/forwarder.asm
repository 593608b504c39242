; forwarder.asm: a contract that passes every payment it receives on to a
; fixed address, so that the tests have a transfer made by a contract
; (an "internal" transfer, seen only by tracing calls). Assembled by
; assemble() in asm_test.go into forwarder.hex; deploy it with the target
; address appended as a 32-byte constructor argument. In Solidity terms:
;
;   contract Forwarder {
;       address target;                              // slot 0
;       constructor(address t) { target = t; }
;       fallback() external payable {
;           (bool ok,) = target.call{value: msg.value}("");
;           require(ok);
;       }
;   }

; ---- deployment: slot 0 = the last 32 bytes of the code (the argument)
PUSH1 0x20                          ; size
PUSH1 0x20
CODESIZE
SUB                                 ; offset = codesize-32
PUSH1 0x00                          ; destination
CODECOPY
PUSH1 0x00
MLOAD
PUSH1 0x00
SSTORE
PUSH1 @end-@runtime
DUP1
PUSH1 @runtime
PUSH1 0x00
CODECOPY
PUSH1 0x00
RETURN

; ---- runtime
runtime:
PUSH1 0x00                          ; return size
DUP1                                ; return offset
DUP1                                ; input size
DUP1                                ; input offset
CALLVALUE                           ; value
PUSH1 0x00
SLOAD                               ; target
GAS
CALL
PUSH1 @ok-@runtime
JUMPI
PUSH1 0x00
DUP1
REVERT
ok:
JUMPDEST
STOP
end:
