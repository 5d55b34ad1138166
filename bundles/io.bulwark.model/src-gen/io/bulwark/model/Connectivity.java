/**
 */
package io.bulwark.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Connectivity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a computer is connected, which decides the order and timing of deployments and moves.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.Connectivity#getLink <em>Link</em>}</li>
 *   <li>{@link io.bulwark.model.Connectivity#getKbitPerSecond <em>Kbit Per Second</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getConnectivity()
 * @model
 * @generated
 */
public interface Connectivity extends EObject {
	/**
	 * Returns the value of the '<em><b>Link</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.LinkType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of link.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Link</em>' attribute.
	 * @see io.bulwark.model.LinkType
	 * @see #setLink(LinkType)
	 * @see io.bulwark.model.ModelPackage#getConnectivity_Link()
	 * @model
	 * @generated
	 */
	LinkType getLink();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Connectivity#getLink <em>Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link</em>' attribute.
	 * @see io.bulwark.model.LinkType
	 * @see #getLink()
	 * @generated
	 */
	void setLink(LinkType value);

	/**
	 * Returns the value of the '<em><b>Kbit Per Second</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The usable bandwidth in kbit/s; null if unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kbit Per Second</em>' attribute.
	 * @see #setKbitPerSecond(Integer)
	 * @see io.bulwark.model.ModelPackage#getConnectivity_KbitPerSecond()
	 * @model
	 * @generated
	 */
	Integer getKbitPerSecond();

	/**
	 * Sets the value of the '{@link io.bulwark.model.Connectivity#getKbitPerSecond <em>Kbit Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kbit Per Second</em>' attribute.
	 * @see #getKbitPerSecond()
	 * @generated
	 */
	void setKbitPerSecond(Integer value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the link is slow or unreliable (a slow link or dial-up), so that work for the computer runs off-hours.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isSlow();

} // Connectivity
