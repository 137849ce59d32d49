package vn.motcua.result.internal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;


import java.io.IOException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Verifies every signature of a PDF on the server: the CMS signature over the signed byte range (so any changed byte
 * inside it is found), that the last signature covers the whole file (nothing added after signing), and that the
 * signer's certificate chains to a trusted CA ({@link UnitKeys#trustAnchors()}; revocation is not checked here: a real
 * CA's OCSP would be).
 */
public class PadesVerifier {

    private final UnitKeys keys;

    public PadesVerifier(UnitKeys keys) {
        this.keys = keys;
    }

    public SignatureReport verify(byte[] pdf) {
        List<String> problems = new ArrayList<>();
        String signer = null;
        Instant signedAt = null;
        int count = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            count = signatures.size();
            if (signatures.isEmpty()) {
                problems.add("Tệp không có chữ ký số / The file has no digital signature");
            }
            for (int i = 0; i < signatures.size(); i++) {
                PDSignature signature = signatures.get(i);
                int[] range = signature.getByteRange();
                if (range.length != 4 || range[0] != 0) {
                    problems.add("Phạm vi ký không hợp lệ / Invalid byte range");
                    continue;
                }
                if (i == signatures.size() - 1 && (long) range[2] + range[3] != pdf.length) {
                    problems.add("Tệp đã bị thay đổi sau khi ký / The file was changed after it was signed");
                }
                X509Certificate cert = checkCms(signature.getContents(pdf), signature.getSignedContent(pdf), problems);
                if (cert != null) {
                    signer = cert.getSubjectX500Principal().getName();
                    checkTrust(cert, problems);
                }
                if (signature.getSignDate() != null) {
                    signedAt = signature.getSignDate().toInstant();
                }
            }
        } catch (IOException e) {
            problems.add("Không đọc được tệp PDF / The PDF cannot be read");
        }
        return new SignatureReport(problems.isEmpty(), count, signer, signedAt, List.copyOf(problems));
    }

    private static X509Certificate checkCms(byte[] contents, byte[] signedContent, List<String> problems) {
        try {
            // /Contents is zero-padded to its reserved size: read the one DER object at its start
            ContentInfo info0;
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                info0 = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), info0);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                problems.add("Chữ ký phải có đúng một người ký / The signature must have exactly one signer");
                return null;
            }
            SignerInformation info = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(info.getSID());
            if (matches.isEmpty()) {
                problems.add("Chữ ký không kèm chứng thư số của người ký / The signer's certificate is missing");
                return null;
            }
            X509CertificateHolder holder = matches.iterator().next();
            boolean verified;
            try {
                verified = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            } catch (org.bouncycastle.cms.CMSException e) {
                verified = false;
            }
            if (!verified) {
                problems.add("Chữ ký không khớp nội dung: tệp đã bị sửa / The signature does not match the content: the file was altered");
            }
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (Exception e) {
            problems.add("Chữ ký số không đọc được / The digital signature cannot be read");
            return null;
        }
    }

    private void checkTrust(X509Certificate cert, List<String> problems) {
        List<X509Certificate> anchors = keys.trustAnchors();
        try {
            if (anchors.isEmpty()) {
                throw new IllegalStateException("no trust anchors");
            }
            Set<TrustAnchor> trusted = anchors.stream().map(a -> new TrustAnchor(a, null)).collect(Collectors.toSet());
            PKIXParameters parameters = new PKIXParameters(trusted);
            parameters.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(List.of(cert)), parameters);
        } catch (Exception e) {
            problems.add("Chứng thư số của người ký không do tổ chức chứng thực tin cậy cấp / The signer's certificate is not issued by a trusted CA");
        }
    }
}
