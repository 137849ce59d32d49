package vn.motcua.organisation.internal;

import vn.motcua.organisation.BodyKind;
import vn.motcua.organisation.BodyKinds;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The kinds of competent body a unit may be ({@code bodyKind} of {@code /api/v1/admin/units}), with their legal basis. */
@RestController
@RequestMapping("/api/v1/admin/body-kinds")
class BodyKindController {

    @GetMapping
    List<BodyKind> all() {
        return BodyKinds.all();
    }
}
