/**
 * Electronic results signed by the competent body: a result PDF is signed as PAdES (PDF signature with a detached
 * CAdES signature, sub-filter {@code ETSI.CAdES.detached}, with the signing-certificate-v2 attribute) with the unit's
 * certificate from a configured PKCS#12 keystore ({@code motcua.signing.*}); for the demo and the tests a development
 * CA and one certificate per unit are generated on first use. {@code internal.ResultSignatures#verify} checks a
 * signed PDF on the server (digest over the byte range, the whole file covered, CMS signature, certificate issued by a
 * trusted CA): a signature is never trusted from a client. PDFBox writes the PDF signature, Bouncy Castle the CMS.
 */
package vn.motcua.result;
