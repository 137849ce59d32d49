package vn.motcua.modelvalidation;

/**
 * One problem of one model.
 *
 * @param resource  the resource (file) name, e.g. {@code processes/catalog/tthc-1.000005.bpmn}
 * @param element   the element id it concerns ({@code Task_CheckDossier}, {@code authority-1.000005}, a form key …),
 *                  empty when it concerns the whole file
 * @param messageVi what is wrong, in Vietnamese
 * @param messageEn what is wrong, in English
 */
public record Finding(String resource, String element, String messageVi, String messageEn) {

    @Override
    public String toString() {
        return resource + (element.isEmpty() ? "" : " [" + element + "]") + ": " + messageVi + " / " + messageEn;
    }
}
