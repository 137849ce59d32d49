package vn.motcua.tracking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.DossierQueries;
import vn.motcua.web.NotFoundException;

/**
 * Public tracking without login. The ID number travels in the body, not the URL, so it stays out of
 * access logs and browser history.
 */
@RestController
@RequestMapping("/api/v1/tracking")
class TrackingController {

    private final DossierQueries queries;

    TrackingController(DossierQueries queries) {
        this.queries = queries;
    }

    @PostMapping
    DossierQueries.Tracking track(@Valid @RequestBody TrackingRequest request) {
        return queries.track(request.dossierCode().trim(), request.idNumber().trim())
                .orElseThrow(() -> new NotFoundException("dossier", request.dossierCode(),
                        "Không tìm thấy hồ sơ với mã hồ sơ và số định danh đã nhập",
                        "No dossier matches this dossier code and ID number"));
    }

    record TrackingRequest(@NotBlank @Size(max = 60) String dossierCode, @NotBlank @Size(max = 12) String idNumber) {
    }
}
