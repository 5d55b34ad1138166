/**
 */
package io.bulwark.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Connection State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The states of the console's connection to a management server, so that views can show each server's state and commands can tell whether they can reach it.
 * <!-- end-model-doc -->
 * @see io.bulwark.model.ModelPackage#getConnectionState()
 * @model
 * @generated
 */
public enum ConnectionState implements Enumerator {
	/**
	 * The '<em><b>DISCONNECTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not connected, and not trying: the state of every server when the console starts, and after the user disconnects.
	 * <!-- end-model-doc -->
	 * @see #DISCONNECTED_VALUE
	 * @generated
	 * @ordered
	 */
	DISCONNECTED(0, "DISCONNECTED", "DISCONNECTED"),

	/**
	 * The '<em><b>CONNECTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A connection attempt is under way.
	 * <!-- end-model-doc -->
	 * @see #CONNECTING_VALUE
	 * @generated
	 * @ordered
	 */
	CONNECTING(1, "CONNECTING", "CONNECTING"),

	/**
	 * The '<em><b>CONNECTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connected and authenticated; the console can read from and write to the server.
	 * <!-- end-model-doc -->
	 * @see #CONNECTED_VALUE
	 * @generated
	 * @ordered
	 */
	CONNECTED(2, "CONNECTED", "CONNECTED"),

	/**
	 * The '<em><b>UNREACHABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last attempt could not reach the server (network down, host unknown, connection refused or timed out); the console may retry.
	 * <!-- end-model-doc -->
	 * @see #UNREACHABLE_VALUE
	 * @generated
	 * @ordered
	 */
	UNREACHABLE(3, "UNREACHABLE", "UNREACHABLE"),

	/**
	 * The '<em><b>CERTIFICATE CHANGED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The server presented a certificate that does not match the pinned fingerprint. The console does not connect and does not retry until the user has inspected and accepted the new certificate: it may be an attack.
	 * <!-- end-model-doc -->
	 * @see #CERTIFICATE_CHANGED_VALUE
	 * @generated
	 * @ordered
	 */
	CERTIFICATE_CHANGED(4, "CERTIFICATE_CHANGED", "CERTIFICATE_CHANGED"), /**
	 * The '<em><b>CERTIFICATE UNCONFIRMED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First contact: the server presented a certificate the administrator has not confirmed yet. The console sends nothing (not even the password) until the administrator has compared the fingerprint with the one the server printed and accepted it.
	 * <!-- end-model-doc -->
	 * @see #CERTIFICATE_UNCONFIRMED_VALUE
	 * @generated
	 * @ordered
	 */
	CERTIFICATE_UNCONFIRMED(5, "CERTIFICATE_UNCONFIRMED", "CERTIFICATE_UNCONFIRMED");

	/**
	 * The '<em><b>DISCONNECTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not connected, and not trying: the state of every server when the console starts, and after the user disconnects.
	 * <!-- end-model-doc -->
	 * @see #DISCONNECTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISCONNECTED_VALUE = 0;

	/**
	 * The '<em><b>CONNECTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A connection attempt is under way.
	 * <!-- end-model-doc -->
	 * @see #CONNECTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONNECTING_VALUE = 1;

	/**
	 * The '<em><b>CONNECTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connected and authenticated; the console can read from and write to the server.
	 * <!-- end-model-doc -->
	 * @see #CONNECTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONNECTED_VALUE = 2;

	/**
	 * The '<em><b>UNREACHABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last attempt could not reach the server (network down, host unknown, connection refused or timed out); the console may retry.
	 * <!-- end-model-doc -->
	 * @see #UNREACHABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNREACHABLE_VALUE = 3;

	/**
	 * The '<em><b>CERTIFICATE CHANGED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The server presented a certificate that does not match the pinned fingerprint. The console does not connect and does not retry until the user has inspected and accepted the new certificate: it may be an attack.
	 * <!-- end-model-doc -->
	 * @see #CERTIFICATE_CHANGED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CERTIFICATE_CHANGED_VALUE = 4;

	/**
	 * The '<em><b>CERTIFICATE UNCONFIRMED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First contact: the server presented a certificate the administrator has not confirmed yet. The console sends nothing (not even the password) until the administrator has compared the fingerprint with the one the server printed and accepted it.
	 * <!-- end-model-doc -->
	 * @see #CERTIFICATE_UNCONFIRMED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CERTIFICATE_UNCONFIRMED_VALUE = 5;

	/**
	 * An array of all the '<em><b>Connection State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConnectionState[] VALUES_ARRAY =
		new ConnectionState[] {
			DISCONNECTED,
			CONNECTING,
			CONNECTED,
			UNREACHABLE,
			CERTIFICATE_CHANGED,
			CERTIFICATE_UNCONFIRMED,
		};

	/**
	 * A public read-only list of all the '<em><b>Connection State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConnectionState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Connection State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConnectionState get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConnectionState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Connection State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConnectionState getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConnectionState result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Connection State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConnectionState get(int value) {
		switch (value) {
			case DISCONNECTED_VALUE: return DISCONNECTED;
			case CONNECTING_VALUE: return CONNECTING;
			case CONNECTED_VALUE: return CONNECTED;
			case UNREACHABLE_VALUE: return UNREACHABLE;
			case CERTIFICATE_CHANGED_VALUE: return CERTIFICATE_CHANGED;
			case CERTIFICATE_UNCONFIRMED_VALUE: return CERTIFICATE_UNCONFIRMED;
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
	private ConnectionState(int value, String name, String literal) {
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
	
} //ConnectionState
