package vn.motcua.feedback;

import java.util.UUID;

/** The port to the engine: starts a complaint's own process ({@code motcua-complaint}); returns its instance id. */
public interface ComplaintWorkflow {

    /**
     * @param about what the complaint is about, as the answering officer reads it ("Hồ sơ …", "Thủ tục …")
     */
    String start(UUID complaintId, String code, String subject, String about, String content);
}
