package vn.motcua.modelvalidation.internal;

import org.junit.jupiter.api.Test;
import vn.motcua.modelvalidation.Finding;
import vn.motcua.modelvalidation.ModelResource;

import static org.assertj.core.api.Assertions.assertThat;

/** A Camunda Form on its own: an object with an id, components, and each field key once, nested groups included. */
class FormValidatorTest {

    @Test
    void aKeyUsedTwiceAlsoInsideAGroupIsReportedAndTheKeysAreKeptInDocumentOrder() {
        Findings findings = new Findings();
        FormValidator.ParsedForm form = FormValidator.parseAndCheck(ModelResource.of("forms/form-x.form", """
                {"id": "form-x", "components": [
                  {"key": "applicantName", "type": "textfield"},
                  {"type": "group", "components": [{"key": "note"}, {"key": "applicantName"}]}
                ]}"""), findings);

        assertThat(form.id()).isEqualTo("form-x");
        assertThat(form.keys()).containsExactly("applicantName", "note", "applicantName");
        assertThat(findings.sorted()).containsExactly(new Finding("forms/form-x.form", "applicantName",
                "khóa trường bị trùng trong biểu mẫu", "field key used twice in the form"));
    }

    @Test
    void aFormWithoutIdIsNoFormAndDefinesNothing() {
        Findings findings = new Findings();
        ModelResource noId = ModelResource.of("forms/no-id.form", "{\"components\": []}");

        assertThat(FormValidator.parseAndCheck(noId, findings)).isNull();
        assertThat(findings.sorted()).extracting(Finding::messageEn).containsExactly("a form must be a JSON object with an \"id\"");
        assertThat(FormValidator.formId(noId)).isNull();
        assertThat(FormValidator.formId(ModelResource.of("forms/broken.form", "{\"id\": "))).isNull();
        assertThat(FormValidator.formId(ModelResource.of("forms/ok.form", "{\"id\": \"form-ok\"}"))).isEqualTo("form-ok");
    }
}
