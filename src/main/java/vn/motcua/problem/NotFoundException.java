package vn.motcua.problem;

/** A resource the caller asked for does not exist (or the caller may not know that it exists). */
public class NotFoundException extends RuntimeException {

    private final String resource;
    private final String messageVi;
    private final String messageEn;

    public NotFoundException(String resource, String id, String messageVi, String messageEn) {
        super(resource + " " + id + " not found");
        this.resource = resource;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    public String resource() {
        return resource;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }
}
