package org.vigie.mobilisation.workshops;

/**
 * A change to a request that its rules refuse; nothing was changed.
 */
public class WorkshopRefused extends RuntimeException {

	private final String code;

	private final transient Object[] arguments;

	/**
	 * @param code the message key saying why
	 * @param arguments its arguments
	 */
	public WorkshopRefused(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments;
	}

	public String code() {
		return this.code;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
