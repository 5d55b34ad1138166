/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Firewall Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One exception in a firewall policy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.FirewallRule#getDirection <em>Direction</em>}</li>
 *   <li>{@link io.bulwark.model.settings.FirewallRule#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.bulwark.model.settings.FirewallRule#getPorts <em>Ports</em>}</li>
 *   <li>{@link io.bulwark.model.settings.FirewallRule#getAction <em>Action</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getFirewallRule()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface FirewallRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.TrafficDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which traffic the rule applies to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see io.bulwark.model.settings.TrafficDirection
	 * @see #setDirection(TrafficDirection)
	 * @see io.bulwark.model.settings.SettingsPackage#getFirewallRule_Direction()
	 * @model
	 * @generated
	 */
	TrafficDirection getDirection();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.FirewallRule#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see io.bulwark.model.settings.TrafficDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(TrafficDirection value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.FirewallProtocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The protocol the rule applies to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see io.bulwark.model.settings.FirewallProtocol
	 * @see #setProtocol(FirewallProtocol)
	 * @see io.bulwark.model.settings.SettingsPackage#getFirewallRule_Protocol()
	 * @model
	 * @generated
	 */
	FirewallProtocol getProtocol();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.FirewallRule#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see io.bulwark.model.settings.FirewallProtocol
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(FirewallProtocol value);

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For TCP and UDP: up to 64 ports (443) or port ranges (8000-8080); empty for all ports and for protocols without ports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ports</em>' attribute list.
	 * @see io.bulwark.model.settings.SettingsPackage#getFirewallRule_Ports()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getPorts();

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.FirewallAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether matching traffic is let through or blocked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see io.bulwark.model.settings.FirewallAction
	 * @see #setAction(FirewallAction)
	 * @see io.bulwark.model.settings.SettingsPackage#getFirewallRule_Action()
	 * @model
	 * @generated
	 */
	FirewallAction getAction();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.FirewallRule#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see io.bulwark.model.settings.FirewallAction
	 * @see #getAction()
	 * @generated
	 */
	void setAction(FirewallAction value);

} // FirewallRule
