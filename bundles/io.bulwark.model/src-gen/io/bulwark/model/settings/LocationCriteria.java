/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Location Criteria</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How an agent decides it is inside the corporate network: it reaches one of the reference servers, or its default gateway is one of the gateways. With neither, every agent counts as external.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.LocationCriteria#getReferenceServers <em>Reference Servers</em>}</li>
 *   <li>{@link io.bulwark.model.settings.LocationCriteria#getGateways <em>Gateways</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getLocationCriteria()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface LocationCriteria extends EObject {
	/**
	 * Returns the value of the '<em><b>Reference Servers</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.settings.ReferenceServer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Up to 32 servers only reachable from inside.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference Servers</em>' containment reference list.
	 * @see io.bulwark.model.settings.SettingsPackage#getLocationCriteria_ReferenceServers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReferenceServer> getReferenceServers();

	/**
	 * Returns the value of the '<em><b>Gateways</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.settings.Gateway}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Up to 32 gateways of the corporate network.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gateways</em>' containment reference list.
	 * @see io.bulwark.model.settings.SettingsPackage#getLocationCriteria_Gateways()
	 * @model containment="true"
	 * @generated
	 */
	EList<Gateway> getGateways();

} // LocationCriteria
