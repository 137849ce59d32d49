package vn.motcua.dossier.internal;

import vn.motcua.dossier.PopulationRegistry;

import org.springframework.stereotype.Service;

import vn.motcua.problem.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.temporal.ChronoUnit;

/**
 * Checking an applicant's identity before an online submission: first the structure of the personal ID number
 * ({@link CitizenIdNumber}), then the National Population Database ({@link PopulationRegistry}).
 */
@Service
public class ApplicantIdentity {

    private final PopulationRegistry registry;
    private final Clock clock;

    ApplicantIdentity(PopulationRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException on {@code idNumber} if the number is not a valid personal ID number
     */
    public Check check(String idNumber, String fullName, LocalDate birthDate) {
        CitizenIdNumber.problem(idNumber, Year.now(clock)).ifPresent(p -> {
            throw new InvalidInputException("idNumber", p[0], p[1]);
        });
        return new Check(verify(idNumber, fullName, birthDate), LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Asks the registry about a number whose structure is known to be valid. An adapter that throws counts as a
     * database that did not answer: the dossier is then received unchecked, never refused for it.
     */
    PopulationRegistry.Result verify(String idNumber, String fullName, LocalDate birthDate) {
        try {
            return registry.verify(idNumber, fullName.strip(), birthDate);
        } catch (RuntimeException e) {
            return PopulationRegistry.Result.UNAVAILABLE;
        }
    }

    static final String NOT_FOUND_VI = "Không tìm thấy công dân có số định danh cá nhân, họ tên và ngày sinh này trong "
            + "Cơ sở dữ liệu quốc gia về dân cư. Hãy kiểm tra lại số định danh, họ tên (có dấu) và ngày sinh như trên thẻ căn cước.";
    static final String NOT_FOUND_EN = "No citizen with this personal ID number, name and date of birth is in the "
            + "National Population Database. Check the number, the name (with its diacritics) and the date of birth as "
            + "printed on the identity card.";

    public record Check(PopulationRegistry.Result result, LocalDateTime checkedAt) {

        public String messageVi() {
            return switch (result) {
                case FOUND -> "Đã xác thực: số định danh cá nhân và họ tên khớp với Cơ sở dữ liệu quốc gia về dân cư.";
                case NOT_FOUND -> NOT_FOUND_VI;
                case UNAVAILABLE -> "Chưa kết nối được Cơ sở dữ liệu quốc gia về dân cư. Bạn vẫn có thể nộp hồ sơ: "
                        + "hồ sơ được ghi \"chưa xác thực danh tính\" và được kiểm tra lại tự động; cán bộ tiếp nhận "
                        + "kiểm tra giấy tờ tùy thân của bạn.";
            };
        }

        public String messageEn() {
            return switch (result) {
                case FOUND -> "Verified: the personal ID number and name match the National Population Database.";
                case NOT_FOUND -> NOT_FOUND_EN;
                case UNAVAILABLE -> "The National Population Database cannot be reached now. You may still submit: "
                        + "the dossier is marked \"identity not yet checked\" and checked again automatically; the "
                        + "receiving officer checks your identity papers.";
            };
        }
    }
}
