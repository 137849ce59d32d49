package vn.motcua.workflow.internal;

/**
 * The few answers of the engine's REST API that the project writes itself, as {@code application/problem+json}
 * in Vietnamese and English. {@link #NOT_FOUND} is one fixed body: a path that is not allow-listed, an id that does
 * not exist and an id of something the caller may not see get exactly the same bytes, so nobody learns whether
 * another unit's task, process or dossier exists. The {@code message} member repeats the detail for the webapps and
 * Camunda Modeler, which show an engine error's {@code message}.
 */
final class EngineProblems {

    static final String MEDIA_TYPE = "application/problem+json";

    static final String NOT_FOUND = body(404, "Không tìm thấy / Not found",
            "Không có tài nguyên này hoặc bạn không có quyền xem / No such resource, or you may not see it");

    static final String FORBIDDEN = body(403, "Không có quyền / Forbidden",
            "Bạn không có quyền thực hiện thao tác này / You may not do this");

    static final String CASCADE = body(403, "Không có quyền / Forbidden",
            "Chỉ quản trị viên được xóa gói triển khai cùng các hồ sơ đang chạy (cascade=true) / Only administrators "
                    + "delete a deployment with its running processes (cascade=true)");

    static final String MALFORMED_HEADER = body(400, "Yêu cầu không hợp lệ / Bad request",
            "Một tiêu đề của yêu cầu sai định dạng (ví dụ Accept-Language, Accept) / A request header is malformed "
                    + "(e.g. Accept-Language, Accept)");

    static final String CONTROL_CHARACTER = body(400, "Yêu cầu không hợp lệ / Bad request",
            "Tham số của yêu cầu chứa ký tự điều khiển / A query parameter holds a control character");

    static final String MALFORMED_ESCAPE = body(400, "Yêu cầu không hợp lệ / Bad request",
            "Tham số của yêu cầu có mã thoát % không hợp lệ (cần % và hai chữ số thập lục phân) / A query parameter holds a"
                    + " malformed percent escape (% must be followed by two hexadecimal digits)");

    static final String INTERNAL = body(500, "Lỗi hệ thống / Internal error",
            "Hệ thống không xử lý được yêu cầu; lỗi đã được ghi lại / The request could not be handled; the error was logged");

    static final String UNAVAILABLE = body(503, "Tạm thời gián đoạn / Service temporarily unavailable",
            "Hệ thống tạm thời không xử lý được yêu cầu; hãy thử lại sau ít giây / The service cannot handle the request "
                    + "right now; try again in a few seconds");

    private EngineProblems() {
    }

    static String tooLarge(long maxBytes) {
        long mb = maxBytes / (1024 * 1024);
        String size = mb > 0 ? mb + " MB" : maxBytes / 1024 + " KB";
        return body(413, "Yêu cầu quá lớn / Request too large",
                "Gói triển khai vượt quá " + size + "; không có gì được lưu / The deployment exceeds " + size
                        + "; nothing was stored");
    }

    private static String body(int status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
                + "\",\"message\":\"" + detail + "\"}";
    }
}
