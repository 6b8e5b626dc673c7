package it.anci.welfare.intake;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an import file, as the model files write them: mostly the headers of the
 * CSV export, so that an export of the portal is a valid import. A header is matched
 * after {@link #normalise} (letter case, accents, spaces and dashes aside); the others go
 * through the source's mapping. Their help texts are the message keys
 * {@code import.column.<header>}.
 */
public enum ImportColumn {

	ID_ESTERNO("id_esterno", false, "Q21-0001"), TITOLO("titolo", true, "Spesa a domicilio per le persone anziane"),
	TIPO_ENTE("tipo_ente", true, "Comune"), ENTE("ente", true, "Comune di Forlì"), COMUNE("comune", true, "Forlì"),
	SIGLA_PROVINCIA("sigla_provincia", false, "FC"), TIPOLOGIA("tipologia", true, "NUOVO"),
	AREE_SERVIZIO("aree_servizio", true, "OS1"), AREE_UTENZA("aree_utenza", true, "Anziani"),
	INTERVENTI("interventi", false, "CONSEGNE"), CANALI("canali_comunicazione", false, "Numero telefonico dedicato"),
	NOTE_CANALI("note_canali", false, ""), STRUMENTI("strumenti", false, ""),
	NOTE_STRUMENTI("note_strumenti", false, ""), FINANZIAMENTO("finanziamento", false, "Fondi comunali"),
	DESCRIZIONE("descrizione", true, "Volontari della protezione civile consegnano la spesa a chi ha più di 65 anni."),
	DATI_QUANTITATIVI("dati_quantitativi", false, ""), PARTNER("partner_e_reti", false, "Protezione civile"),
	OPERATORI("operatori_coinvolti", false, "12"), TECNOLOGIE("tecnologie", false, ""),
	DATA_AVVIO("data_avvio", true, "2020-03-16"), RIFERIMENTO_DATA("riferimento_data_avvio", false, "avvio"),
	BENEFICIARI("beneficiari", false, "340"), RISCONTRI_OPERATORI("riscontri_operatori", false, ""),
	RISCONTRI_CITTADINANZA("riscontri_cittadinanza", false, ""), INNOVAZIONE("portata_innovativa", false, ""),
	PROSECUZIONE("prosecuzione", false, "In valutazione"), NOTA_PROSECUZIONE("nota_prosecuzione", false, ""),
	UFFICIO("ufficio", false, "Servizi sociali"), EMAIL("email", false, "servizi.sociali@comune.forli.fc.it"),
	TELEFONO("telefono", false, "0543 712111"), PAGINA_WEB("pagina_web", false, ""),
	FONTE_1_URL("fonte_1_url", true, "https://www.comune.forli.fc.it/"),
	FONTE_1_TITOLO("fonte_1_titolo", false, "Comunicato del Comune"), FONTE_1_TIPO("fonte_1_tipo", false, "ENTE"),
	FONTE_2_URL("fonte_2_url", false, ""), FONTE_2_TITOLO("fonte_2_titolo", false, ""),
	FONTE_2_TIPO("fonte_2_tipo", false, ""), FONTE_3_URL("fonte_3_url", false, ""),
	FONTE_3_TITOLO("fonte_3_titolo", false, ""), FONTE_3_TIPO("fonte_3_tipo", false, "");

	private final String header;

	private final boolean required;

	private final String example;

	ImportColumn(String header, boolean required, String example) {
		this.header = header;
		this.required = required;
		this.example = example;
	}

	public String header() {
		return this.header;
	}

	/**
	 * A column the file must have (a card needs it); the others may be missing or empty.
	 */
	public boolean required() {
		return this.required;
	}

	/** A value of the filled example row the instructions show. */
	public String example() {
		return this.example;
	}

	/** The message key of the column's help text. */
	public String helpKey() {
		return "import.column." + this.header;
	}

	public static Optional<ImportColumn> ofHeader(String header) {
		String normalised = normalise(header);
		return Arrays.stream(values()).filter(c -> c.header.equals(normalised)).findFirst();
	}

	/**
	 * "Data di avvio " → "data_di_avvio", "Città" → "citta": how headers are compared and
	 * remembered.
	 */
	public static String normalise(String header) {
		String value = header == null ? "" : header.replace("\uFEFF", "");
		value = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return value.toLowerCase(Locale.ROOT).strip().replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", "");
	}

}
