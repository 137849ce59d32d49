package vn.motcua.portal.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Map;

/**
 * The public portal's addresses. The pages are static files built from {@code src/main/frontend} into
 * {@code static/portal/} of the jar; each address forwards to its page, which then calls the public API.
 */
@Configuration
class PortalPages implements WebMvcConfigurer {

    /** Address → page. Vietnamese addresses, as citizens read and type them. */
    static final Map<String, String> PAGES = Map.of(
            "/", "index.html",
            "/thu-tuc", "thu-tuc.html",
            "/thu-tuc/{code}", "thu-tuc-chi-tiet.html",
            "/nop-ho-so", "nop-ho-so.html",
            "/bien-nhan", "bien-nhan.html",
            "/tra-cuu", "tra-cuu.html",
            "/phan-anh", "phan-anh.html",
            "/co-so", "co-so.html",
            "/minh-bach", "minh-bach.html",
            "/bao-cao", "bao-cao.html");

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        PAGES.forEach((path, page) -> registry.addViewController(path).setViewName("forward:/portal/" + page));
    }
}
