package vn.motcua.result.internal;

import org.springframework.stereotype.Service;


/** Signing a result PDF with the competent unit's certificate, and verifying a signed one on the server. */
@Service
public class ResultSignatures {

    private final UnitKeys keys;
    private final PadesVerifier verifier;

    ResultSignatures(UnitKeys keys, PadesVerifier verifier) {
        this.keys = keys;
        this.verifier = verifier;
    }

    /**
     * The PDF signed (an incremental update: the original bytes stay as they were) by {@code unitCode}'s certificate.
     *
     * @param reason what the signature means, shown by PDF readers ("Phê duyệt kết quả giải quyết hồ sơ ...")
     */
    public byte[] sign(byte[] pdf, String unitCode, String signerName, String reason) {
        return PadesSigner.sign(pdf, keys.forUnit(unitCode), signerName, reason);
    }

    public SignatureReport verify(byte[] pdf) {
        return verifier.verify(pdf);
    }
}
