/**
 */
package io.bulwark.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Update Classification</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What kind of software update a baseline requires, in the vendors' usual classes.
 * <!-- end-model-doc -->
 * @see io.bulwark.model.ModelPackage#getUpdateClassification()
 * @model
 * @generated
 */
public enum UpdateClassification implements Enumerator {
	/**
	 * The '<em><b>SECURITY UPDATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixes a security vulnerability.
	 * <!-- end-model-doc -->
	 * @see #SECURITY_UPDATE_VALUE
	 * @generated
	 * @ordered
	 */
	SECURITY_UPDATE(0, "SECURITY_UPDATE", "security_update"),

	/**
	 * The '<em><b>CRITICAL UPDATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixes a critical bug that is not security related.
	 * <!-- end-model-doc -->
	 * @see #CRITICAL_UPDATE_VALUE
	 * @generated
	 * @ordered
	 */
	CRITICAL_UPDATE(1, "CRITICAL_UPDATE", "critical_update"),

	/**
	 * The '<em><b>SERVICE PACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A tested collection of updates, often a minimum level.
	 * <!-- end-model-doc -->
	 * @see #SERVICE_PACK_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICE_PACK(2, "SERVICE_PACK", "service_pack"),

	/**
	 * The '<em><b>UPDATE ROLLUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A cumulative set of fixes packaged together.
	 * <!-- end-model-doc -->
	 * @see #UPDATE_ROLLUP_VALUE
	 * @generated
	 * @ordered
	 */
	UPDATE_ROLLUP(3, "UPDATE_ROLLUP", "update_rollup"),

	/**
	 * The '<em><b>UPDATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other fix.
	 * <!-- end-model-doc -->
	 * @see #UPDATE_VALUE
	 * @generated
	 * @ordered
	 */
	UPDATE(4, "UPDATE", "update"),

	/**
	 * The '<em><b>DEFINITION UPDATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * New definitions for a detection product.
	 * <!-- end-model-doc -->
	 * @see #DEFINITION_UPDATE_VALUE
	 * @generated
	 * @ordered
	 */
	DEFINITION_UPDATE(5, "DEFINITION_UPDATE", "definition_update");

	/**
	 * The '<em><b>SECURITY UPDATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixes a security vulnerability.
	 * <!-- end-model-doc -->
	 * @see #SECURITY_UPDATE
	 * @model literal="security_update"
	 * @generated
	 * @ordered
	 */
	public static final int SECURITY_UPDATE_VALUE = 0;

	/**
	 * The '<em><b>CRITICAL UPDATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixes a critical bug that is not security related.
	 * <!-- end-model-doc -->
	 * @see #CRITICAL_UPDATE
	 * @model literal="critical_update"
	 * @generated
	 * @ordered
	 */
	public static final int CRITICAL_UPDATE_VALUE = 1;

	/**
	 * The '<em><b>SERVICE PACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A tested collection of updates, often a minimum level.
	 * <!-- end-model-doc -->
	 * @see #SERVICE_PACK
	 * @model literal="service_pack"
	 * @generated
	 * @ordered
	 */
	public static final int SERVICE_PACK_VALUE = 2;

	/**
	 * The '<em><b>UPDATE ROLLUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A cumulative set of fixes packaged together.
	 * <!-- end-model-doc -->
	 * @see #UPDATE_ROLLUP
	 * @model literal="update_rollup"
	 * @generated
	 * @ordered
	 */
	public static final int UPDATE_ROLLUP_VALUE = 3;

	/**
	 * The '<em><b>UPDATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other fix.
	 * <!-- end-model-doc -->
	 * @see #UPDATE
	 * @model literal="update"
	 * @generated
	 * @ordered
	 */
	public static final int UPDATE_VALUE = 4;

	/**
	 * The '<em><b>DEFINITION UPDATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * New definitions for a detection product.
	 * <!-- end-model-doc -->
	 * @see #DEFINITION_UPDATE
	 * @model literal="definition_update"
	 * @generated
	 * @ordered
	 */
	public static final int DEFINITION_UPDATE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Update Classification</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final UpdateClassification[] VALUES_ARRAY =
		new UpdateClassification[] {
			SECURITY_UPDATE,
			CRITICAL_UPDATE,
			SERVICE_PACK,
			UPDATE_ROLLUP,
			UPDATE,
			DEFINITION_UPDATE,
		};

	/**
	 * A public read-only list of all the '<em><b>Update Classification</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<UpdateClassification> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Update Classification</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UpdateClassification get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			UpdateClassification result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Update Classification</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UpdateClassification getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			UpdateClassification result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Update Classification</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UpdateClassification get(int value) {
		switch (value) {
			case SECURITY_UPDATE_VALUE: return SECURITY_UPDATE;
			case CRITICAL_UPDATE_VALUE: return CRITICAL_UPDATE;
			case SERVICE_PACK_VALUE: return SERVICE_PACK;
			case UPDATE_ROLLUP_VALUE: return UPDATE_ROLLUP;
			case UPDATE_VALUE: return UPDATE;
			case DEFINITION_UPDATE_VALUE: return DEFINITION_UPDATE;
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
	private UpdateClassification(int value, String name, String literal) {
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
	
} //UpdateClassification
