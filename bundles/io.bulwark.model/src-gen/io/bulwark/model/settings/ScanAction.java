/**
 */
package io.bulwark.model.settings;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Scan Action</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What happens to a detected file.
 * <!-- end-model-doc -->
 * @see io.bulwark.model.settings.SettingsPackage#getScanAction()
 * @model
 * @generated
 */
public enum ScanAction implements Enumerator {
	/**
	 * The '<em><b>DELETE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Delete the file.
	 * <!-- end-model-doc -->
	 * @see #DELETE_VALUE
	 * @generated
	 * @ordered
	 */
	DELETE(0, "DELETE", "delete"),

	/**
	 * The '<em><b>CLEAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remove the threat from the file.
	 * <!-- end-model-doc -->
	 * @see #CLEAN_VALUE
	 * @generated
	 * @ordered
	 */
	CLEAN(1, "CLEAN", "clean"),

	/**
	 * The '<em><b>RENAME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rename the file's extension to .vir, so that it cannot be opened.
	 * <!-- end-model-doc -->
	 * @see #RENAME_VALUE
	 * @generated
	 * @ordered
	 */
	RENAME(2, "RENAME", "rename"),

	/**
	 * The '<em><b>QUARANTINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Move the file to the quarantine folder.
	 * <!-- end-model-doc -->
	 * @see #QUARANTINE_VALUE
	 * @generated
	 * @ordered
	 */
	QUARANTINE(3, "QUARANTINE", "quarantine"),

	/**
	 * The '<em><b>PASS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leave the file, log the detection.
	 * <!-- end-model-doc -->
	 * @see #PASS_VALUE
	 * @generated
	 * @ordered
	 */
	PASS(4, "PASS", "pass");

	/**
	 * The '<em><b>DELETE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Delete the file.
	 * <!-- end-model-doc -->
	 * @see #DELETE
	 * @model literal="delete"
	 * @generated
	 * @ordered
	 */
	public static final int DELETE_VALUE = 0;

	/**
	 * The '<em><b>CLEAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remove the threat from the file.
	 * <!-- end-model-doc -->
	 * @see #CLEAN
	 * @model literal="clean"
	 * @generated
	 * @ordered
	 */
	public static final int CLEAN_VALUE = 1;

	/**
	 * The '<em><b>RENAME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rename the file's extension to .vir, so that it cannot be opened.
	 * <!-- end-model-doc -->
	 * @see #RENAME
	 * @model literal="rename"
	 * @generated
	 * @ordered
	 */
	public static final int RENAME_VALUE = 2;

	/**
	 * The '<em><b>QUARANTINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Move the file to the quarantine folder.
	 * <!-- end-model-doc -->
	 * @see #QUARANTINE
	 * @model literal="quarantine"
	 * @generated
	 * @ordered
	 */
	public static final int QUARANTINE_VALUE = 3;

	/**
	 * The '<em><b>PASS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leave the file, log the detection.
	 * <!-- end-model-doc -->
	 * @see #PASS
	 * @model literal="pass"
	 * @generated
	 * @ordered
	 */
	public static final int PASS_VALUE = 4;

	/**
	 * An array of all the '<em><b>Scan Action</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ScanAction[] VALUES_ARRAY =
		new ScanAction[] {
			DELETE,
			CLEAN,
			RENAME,
			QUARANTINE,
			PASS,
		};

	/**
	 * A public read-only list of all the '<em><b>Scan Action</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ScanAction> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Scan Action</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScanAction get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScanAction result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scan Action</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScanAction getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScanAction result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scan Action</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScanAction get(int value) {
		switch (value) {
			case DELETE_VALUE: return DELETE;
			case CLEAN_VALUE: return CLEAN;
			case RENAME_VALUE: return RENAME;
			case QUARANTINE_VALUE: return QUARANTINE;
			case PASS_VALUE: return PASS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ScanAction(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ScanAction
