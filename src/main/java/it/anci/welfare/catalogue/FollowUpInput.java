package it.anci.welfare.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A follow-up as staff or a municipality type it; the day comes from a date field
 * (2021-03-12).
 */
public record FollowUpInput(
		@NotBlank(message = "Indichi la data dell'aggiornamento.") @Pattern(regexp = "^\\s*\\d{4}-\\d{2}-\\d{2}\\s*$",
				message = DAY_FORMAT) String day,
		@NotNull(message = "Scelga lo stato del servizio a quella data.") FollowUpState state,
		@NotBlank(message = "Scriva che cosa è cambiato.") @Size(max = 2000,
				message = "La nota può avere al massimo 2000 caratteri.") String note,
		@Size(max = 300, message = "Il titolo della fonte può avere al massimo 300 caratteri.") String sourceTitle,
		@Pattern(regexp = "^$|^https?://\\S+$", message = PracticeCard.WEB_ADDRESS) String sourceUrl) {

	static final String DAY_FORMAT = "Data dell'aggiornamento: scriva il giorno come 2021-03-12.";

	public static FollowUpInput empty() {
		return new FollowUpInput("", null, "", "", "");
	}

	/** The day, if it is a real date. */
	public Optional<LocalDate> parsedDay() {
		try {
			return Optional.of(LocalDate.parse(this.day == null ? "" : this.day.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
